package io.grantflow.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.PayloadTooLargeException;
import io.grantflow.programme.ProgrammeDefinition;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applying in steps (1 project, 2 budget and team, 3 documents, 4 review and submit) on a draft that every button
 * saves, and that the page's script saves as the applicant types. Every step posts the whole form, the other
 * steps' fields hidden, so that no button can lose what was typed. A co-applicant writes the applicant's draft
 * ({@code ?of=} the applicant); only the applicant submits.
 */
@Controller
class ApplyController {

    static final int REVIEW = 4;

    private final CallService calls;
    private final DraftService drafts;
    private final ApplyErrors errors;
    private final CoApplicants coApplicants;
    private final UserDirectory users;

    ApplyController(CallService calls, DraftService drafts, ApplyErrors errors, CoApplicants coApplicants, UserDirectory users) {
        this.calls = calls;
        this.coApplicants = coApplicants;
        this.users = users;
        this.drafts = drafts;
        this.errors = errors;
    }

    @GetMapping("/portal/calls/{callId}/apply")
    String applyForm(@PathVariable String callId, @RequestParam(defaultValue = "1") String step, @RequestParam(required = false) String of,
                     Model model, Authentication user) {
        Call call = calls.get(callId);
        String owner = coApplicants.ownerOfDraft(call.id(), user.getName(), of);
        if (calls.statusOf(call) != CallStatus.OPEN) {
            return "redirect:/portal/calls/" + call.id(); // the call's page says why it takes no application
        }
        Optional<Draft> draft = drafts.find(callId, owner);
        int shown = step.matches("[1-4]") ? Integer.parseInt(step) : 1;
        if (shown == REVIEW && draft.isPresent()) {
            List<FieldProblem> problems = drafts.problems(call, draft.get());
            if (!problems.isEmpty()) {
                return page(model, call, owner, user, draft.get().form(), draft, REVIEW, problems, null);
            }
        }
        return page(model, call, owner, user, draft.map(Draft::form).orElse(PortalForm.empty(call)), draft, draft.isPresent() ? shown : 1,
                List.of(), null);
    }

    /** The buttons: save, step:N (go to step N), addPartner, removePartner:i, submit. */
    @PostMapping("/portal/calls/{callId}/apply")
    String apply(@PathVariable String callId, @ModelAttribute PortalForm form,
                 @RequestParam(name = "proposal", required = false) MultipartFile proposal,
                 @RequestParam(name = "publications", required = false) MultipartFile publications,
                 @RequestParam("action") String action, @RequestParam(defaultValue = "1") int step,
                 @RequestParam(required = false) String of, Model model, Authentication user,
                 HttpServletResponse response) {
        Call call = calls.get(callId);
        String owner = coApplicants.ownerOfDraft(call.id(), user.getName(), of);
        if (drafts.applied(callId, owner)) {
            return "redirect:/portal/applications?submitted"; // a second click on submit, or a tab left open
        }
        ProgrammeDefinition programme = calls.programmeOf(call);
        PortalForm typed = action.startsWith("removePartner:") ? form.withPartnerRemoved(programme, row(action)) : form;
        Draft draft;
        try {
            draft = drafts.save(call, owner, typed, proposal == null ? null : ApplicationController.read(proposal),
                    publications == null ? null : ApplicationController.read(publications));
        } catch (InvalidInputException e) {
            response.setStatus(400); // the page again, with what was refused; the draft keeps what it held
            return page(model, call, owner, user, typed.kept(programme), drafts.find(callId, owner), step, e.problems(), null);
        } catch (PayloadTooLargeException e) {
            response.setStatus(413);
            return page(model, call, owner, user, typed.kept(programme), drafts.find(callId, owner), step,
                    List.of(e.problem()), null);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(model, call, owner, user, typed.kept(programme), Optional.empty(), step, List.of(), e.getMessage());
        }
        if (action.equals("submit")) {
            try {
                if (!owner.equals(user.getName())) {
                    throw new ConflictException("action", "Only the applicant submits the application");
                }
                drafts.submit(call, owner);
                return "redirect:/portal/applications?submitted";
            } catch (InvalidInputException e) {
                response.setStatus(400);
                return page(model, call, owner, user, draft.form(), Optional.of(draft), REVIEW, e.problems(), null);
            } catch (ConflictException e) {
                response.setStatus(409);
                return page(model, call, owner, user, draft.form(), Optional.of(draft), REVIEW, List.of(), e.getMessage());
            }
        }
        if (action.equals("addPartner")) {
            // the draft keeps no empty row: the new one lives on this page until something is typed in it
            return page(model, call, owner, user, draft.form().withPartnerAdded(programme), Optional.of(draft), 2, List.of(), null);
        }
        String base = "redirect:/portal/calls/" + call.id() + "/apply" + ofQuery(owner, user) + "step=";
        if (action.startsWith("step:")) {
            return base + (action.substring(5).matches("[1-4]") ? action.substring(5) : "1");
        }
        if (action.equals("save")) {
            return base + step + "&saved";
        }
        return base + "2#partners"; // a partner row removed
    }

    /** The page's script saves the draft a few seconds after the applicant types; the PDF goes with a button. */
    @PostMapping("/portal/calls/{callId}/draft")
    ResponseEntity<Void> autosave(@PathVariable String callId, @ModelAttribute PortalForm form, @RequestParam(required = false) String of,
                                  Authentication user) {
        Call call = calls.get(callId);
        String owner = coApplicants.ownerOfDraft(call.id(), user.getName(), of);
        if (drafts.applied(callId, owner)) {
            throw new ConflictException("callId", "This application is submitted already");
        }
        drafts.save(call, owner, form, null);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    /** "?of=owner&" when the user writes someone else's draft, "?" otherwise: the start of a query to add to. */
    static String ofQuery(String owner, Authentication user) {
        return owner.equals(user.getName()) ? "?" : "?of=" + URLEncoder.encode(owner, StandardCharsets.UTF_8) + "&";
    }

    private String page(Model model, Call call, String owner, Authentication user, PortalForm form, Optional<Draft> draft, int step,
                        List<FieldProblem> problems, String error) {
        boolean mine = owner.equals(user.getName());
        model.addAttribute("owner", mine ? null : owner);
        model.addAttribute("ownerName", mine ? null : users.contact(owner).name());
        model.addAttribute("coApplicants", mine ? coApplicants.of(call.id(), owner) : List.of());
        ProgrammeDefinition programme = calls.programmeOf(call);
        Map<String, String> byField = problems.stream()
                .collect(Collectors.toMap(p -> ApplyErrors.portalField(p.field()), errors::say, (a, b) -> a, java.util.LinkedHashMap::new));
        model.addAttribute("call", call);
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("partners", form.rowsShown(programme));
        model.addAttribute("errors", byField);
        model.addAttribute("summary", errors.links(byField, call));
        model.addAttribute("error", error);
        model.addAttribute("step", step);
        model.addAttribute("showAll", !byField.isEmpty());
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/apply";
    }

    private static int row(String action) {
        String n = action.substring("removePartner:".length());
        if (!n.matches("\\d{1,2}")) {
            throw new InvalidInputException("action", "names no partner row");
        }
        return Integer.parseInt(n);
    }
}
