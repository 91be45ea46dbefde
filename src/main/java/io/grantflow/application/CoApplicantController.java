package io.grantflow.application;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.web.PageRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant invites co-applicants from the draft; an invitee opens the mailed link, signed in, and accepts.
 * A refusal shows a browser a page in its reader's language saying what happened and what to do (the invite form
 * again with its error, or why the invitation cannot be opened); other clients get the problem detail.
 */
@Controller
class CoApplicantController {

    private final CoApplicants coApplicants;
    private final CallService calls;
    private final DraftService drafts;
    private final UserDirectory users;
    private final MessageSource messages;

    CoApplicantController(CoApplicants coApplicants, CallService calls, DraftService drafts, UserDirectory users,
                          MessageSource messages) {
        this.coApplicants = coApplicants;
        this.calls = calls;
        this.drafts = drafts;
        this.users = users;
        this.messages = messages;
    }

    @PostMapping("/portal/calls/{callId}/co-applicants")
    String invite(@PathVariable String callId, @RequestParam(required = false) String email, Authentication user, Model model,
                  Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Call call = calls.get(callId);
        try {
            coApplicants.invite(call, user.getName(), email);
        } catch (InvitationRefused e) {
            model.addAttribute("email", email == null ? "" : email);
            return refused(e, call, model, locale, request, response);
        }
        return "redirect:/portal/calls/" + call.id() + "/apply?step=3&invited#co-applicants";
    }

    @GetMapping("/portal/co-applicants/{token}")
    String invitation(@PathVariable String token, Model model, Authentication user, Locale locale, HttpServletRequest request,
                      HttpServletResponse response) {
        CoApplicants.Invitation invitation;
        try {
            invitation = coApplicants.open(token, user.getName());
        } catch (InvitationRefused e) {
            return refused(e, null, model, locale, request, response);
        }
        Call call = calls.get(invitation.callId());
        model.addAttribute("invitation", invitation);
        model.addAttribute("call", call);
        model.addAttribute("inviter", users.contact(invitation.applicantId()).name());
        model.addAttribute("draftTitle", drafts.find(call.id(), invitation.applicantId()).map(d -> d.form().title()).orElse(""));
        return "portal/co-applicant";
    }

    @PostMapping("/portal/co-applicants/{token}")
    String accept(@PathVariable String token, Authentication user, Model model, Locale locale, HttpServletRequest request,
                  HttpServletResponse response) {
        CoApplicants.Invitation invitation;
        try {
            invitation = coApplicants.accept(token, user.getName());
        } catch (InvitationRefused e) {
            return refused(e, null, model, locale, request, response);
        }
        if (invitation.applicationId() != null) {
            return "redirect:/portal/applications/" + invitation.applicationId();
        }
        return "redirect:/portal/calls/" + invitation.callId() + "/apply" + ApplyController.ofQuery(invitation.applicantId(), user) + "step=1";
    }

    /** The refusal's page with its status, for a browser; the problem detail for any other client. */
    private String refused(InvitationRefused e, Call call, Model model, Locale locale, HttpServletRequest request,
                           HttpServletResponse response) {
        if (!PageRequests.asksForPage(request)) {
            throw e.asProblem();
        }
        InvitationRefused.Reason reason = e.reason();
        String message = messages.getMessage("coapp.refused." + reason.key, readable(e.args(), locale), locale);
        response.setStatus(reason.status);
        model.addAttribute("reason", reason.key);
        model.addAttribute("message", message);
        model.addAttribute("call", call);
        boolean form = reason.ofTheInviteForm() && reason != InvitationRefused.Reason.NO_DRAFT;
        model.addAttribute("form", form);
        model.addAttribute("summary", form
                ? List.of(new ApplyErrors.Link("co-applicant-email", messages.getMessage("coapp.email", null, locale), message))
                : List.of());
        return "portal/co-applicant-refused";
    }

    /** An instant as the reader reads a date: in Paris time, in the page's language. */
    private static Object[] readable(Object[] args, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale);
        return Arrays.stream(args)
                .map(a -> a instanceof Instant instant ? format.format(instant.atZone(Call.FUNDER_ZONE)) : a)
                .toArray();
    }
}
