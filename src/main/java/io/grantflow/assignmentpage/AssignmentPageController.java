package io.grantflow.assignmentpage;

import java.util.List;
import java.util.Locale;

import io.grantflow.call.CallService;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.review.AssignmentPreview;
import io.grantflow.review.AssignmentRelease;
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
 * The assignment the assigner proposes for a call before anyone is invited, and a manager's corrections: pin a pair,
 * remove a pair, give a removed pair back. Each correction shows the assignment proposed again at once.
 */
@Controller
class AssignmentPageController {

    private final AssignmentPreview preview;
    private final AssignmentRelease release;
    private final CallService calls;
    private final MessageSource messages;

    AssignmentPageController(AssignmentPreview preview, AssignmentRelease release, CallService calls, MessageSource messages) {
        this.preview = preview;
        this.release = release;
        this.calls = calls;
        this.messages = messages;
    }

    /** Invites what the page shows: the wait after the closing ends, and the assignment runs with the corrections. */
    @PostMapping("/portal/dashboard/calls/{callId}/assignment/release")
    String release(@PathVariable String callId, Authentication user, Model model, Locale locale, HttpServletResponse response) {
        try {
            release.release(callId, user.getName());
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(callId, List.of(messages.getMessage("preview.release.refused", null, locale)), model, locale);
        }
        return "redirect:/portal/dashboard/calls/" + callId + "/assignment?released";
    }

    @GetMapping("/portal/dashboard/calls/{callId}/assignment")
    String show(@PathVariable String callId, Model model, Locale locale) {
        return page(callId, List.of(), model, locale);
    }

    @PostMapping("/portal/dashboard/calls/{callId}/assignment/pins")
    String pin(@PathVariable String callId, @RequestParam(required = false) String applicationId,
               @RequestParam(required = false) String reviewerId, Authentication user, Model model, Locale locale,
               HttpServletResponse response) {
        return change(callId, () -> preview.pin(callId, applicationId, reviewerId, user.getName()), model, locale, response);
    }

    @PostMapping("/portal/dashboard/calls/{callId}/assignment/removed-pairs")
    String remove(@PathVariable String callId, @RequestParam(required = false) String applicationId,
                  @RequestParam(required = false) String reviewerId, Authentication user, Model model, Locale locale,
                  HttpServletResponse response) {
        return change(callId, () -> preview.removePair(callId, applicationId, reviewerId, user.getName()), model, locale, response);
    }

    @PostMapping("/portal/dashboard/calls/{callId}/assignment/restored-pairs")
    String restore(@PathVariable String callId, @RequestParam(required = false) String applicationId,
                   @RequestParam(required = false) String reviewerId, Authentication user, Model model, Locale locale,
                   HttpServletResponse response) {
        return change(callId, () -> preview.restorePair(callId, applicationId, reviewerId, user.getName()), model, locale, response);
    }

    /** The change made and the page shown again; a refused pair re-shows the page (400) saying why. */
    private String change(String callId, Runnable change, Model model, Locale locale, HttpServletResponse response) {
        try {
            change.run();
        } catch (AssignmentPreview.PairInConflict e) {
            response.setStatus(400);
            AssignmentPreview.Conflicted c = e.conflict();
            Object[] detail = c.detail() == null ? null : new Object[] {c.detail(), c.year(), c.with()};
            String rule = messages.getMessage("preview.rule." + c.rule(), detail, locale);
            return page(callId, List.of(messages.getMessage("preview.error.conflict", new Object[] {rule}, locale)), model, locale);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(callId, List.of(messages.getMessage("preview.error.pair", null, locale)), model, locale);
        }
        return "redirect:/portal/dashboard/calls/" + callId + "/assignment";
    }

    private String page(String callId, List<String> problems, Model model, Locale locale) {
        model.addAttribute("call", calls.get(callId));
        model.addAttribute("p", preview.of(callId, locale));
        model.addAttribute("problems", problems);
        model.addAttribute("waitsForRelease", release.waitsForRelease(callId));
        model.addAttribute("releaseByHand", calls.get(callId).settings().flagOrNo("releaseAssignmentByHand"));
        return "portal/assignment/preview";
    }
}
