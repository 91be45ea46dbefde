package io.grantflow.application;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The applicant invites co-applicants from the draft; an invitee opens the mailed link, signed in, and accepts. */
@Controller
class CoApplicantController {

    private final CoApplicants coApplicants;
    private final CallService calls;
    private final DraftService drafts;
    private final UserDirectory users;

    CoApplicantController(CoApplicants coApplicants, CallService calls, DraftService drafts, UserDirectory users) {
        this.coApplicants = coApplicants;
        this.calls = calls;
        this.drafts = drafts;
        this.users = users;
    }

    @PostMapping("/portal/calls/{callId}/co-applicants")
    String invite(@PathVariable String callId, @RequestParam String email, Authentication user) {
        Call call = calls.get(callId);
        coApplicants.invite(call, user.getName(), email);
        return "redirect:/portal/calls/" + call.id() + "/apply?step=3&invited#co-applicants";
    }

    @GetMapping("/portal/co-applicants/{token}")
    String invitation(@PathVariable String token, Model model, Authentication user) {
        CoApplicants.Invitation invitation = coApplicants.byToken(token).orElseThrow(() -> new NotFoundException("No invitation " + token));
        Call call = calls.get(invitation.callId());
        model.addAttribute("invitation", invitation);
        model.addAttribute("call", call);
        model.addAttribute("inviter", users.contact(invitation.applicantId()).name());
        model.addAttribute("draftTitle", drafts.find(call.id(), invitation.applicantId()).map(d -> d.form().title()).orElse(""));
        model.addAttribute("takenByOther", invitation.accepted() && !invitation.userId().equals(user.getName()));
        model.addAttribute("own", invitation.applicantId().equals(user.getName()));
        return "portal/co-applicant";
    }

    @PostMapping("/portal/co-applicants/{token}")
    String accept(@PathVariable String token, Authentication user) {
        CoApplicants.Invitation invitation = coApplicants.accept(token, user.getName());
        if (invitation.applicationId() != null) {
            return "redirect:/portal/applications/" + invitation.applicationId();
        }
        return "redirect:/portal/calls/" + invitation.callId() + "/apply" + ApplyController.ofQuery(invitation.applicantId(), user) + "step=1";
    }
}
