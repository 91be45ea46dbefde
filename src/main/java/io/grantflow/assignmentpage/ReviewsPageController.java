package io.grantflow.assignmentpage;

import java.util.Locale;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.review.ReviewFollowUp;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviews of a call once reviewers are invited, with a manager's Remind and Replace on each open one. */
@Controller
class ReviewsPageController {

    private final ReviewFollowUp followUp;
    private final CallService calls;
    private final MessageSource messages;

    ReviewsPageController(ReviewFollowUp followUp, CallService calls, MessageSource messages) {
        this.followUp = followUp;
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/portal/dashboard/calls/{callId}/reviews")
    String show(@PathVariable String callId, Model model) {
        model.addAttribute("call", calls.get(callId));
        model.addAttribute("applications", followUp.ofCall(callId));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/assignment/reviews";
    }

    @PostMapping("/portal/dashboard/calls/{callId}/reviews/{assignmentId}/remind")
    String remind(@PathVariable String callId, @PathVariable String assignmentId, Authentication user, Locale locale,
                  RedirectAttributes redirect) {
        return done(callId, followUp.remind(callId, assignmentId, user.getName()), locale, redirect);
    }

    @PostMapping("/portal/dashboard/calls/{callId}/reviews/{assignmentId}/replace")
    String replace(@PathVariable String callId, @PathVariable String assignmentId, Authentication user, Locale locale,
                   RedirectAttributes redirect) {
        return done(callId, followUp.replace(callId, assignmentId, user.getName()), locale, redirect);
    }

    /** Back to the page, which says what the action did (or why it did nothing) in the page's language. */
    private String done(String callId, ReviewFollowUp.Result result, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", messages.getMessage("reviews.done." + result.outcome(),
                new Object[] {result.reviewerName(), result.nextReviewerName()}, locale));
        redirect.addFlashAttribute("doneOutcome", result.outcome().name());
        return "redirect:/portal/dashboard/calls/" + callId + "/reviews";
    }
}
