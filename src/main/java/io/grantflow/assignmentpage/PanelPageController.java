package io.grantflow.assignmentpage;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.grantflow.call.CallService;
import io.grantflow.review.ReviewPanel;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A manager chooses the reviewers of a call's panel: every user of the reviewers group, ticked or not. */
@Controller
class PanelPageController {

    private final ReviewPanel panel;
    private final CallService calls;
    private final MessageSource messages;

    PanelPageController(ReviewPanel panel, CallService calls, MessageSource messages) {
        this.panel = panel;
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/portal/dashboard/calls/{callId}/panel")
    String show(@PathVariable String callId, @RequestParam(required = false) boolean saved, Model model) {
        List<ReviewPanel.Candidate> candidates = panel.candidates(callId);
        Set<String> ticked = Set.copyOf(candidates.stream().filter(ReviewPanel.Candidate::onPanel).map(ReviewPanel.Candidate::userId).toList());
        return page(callId, candidates, ticked, List.of(), saved, model);
    }

    /** At least one reviewer: an empty panel would silently mean every reviewer, which only a call never given one has. */
    @PostMapping("/portal/dashboard/calls/{callId}/panel")
    String save(@PathVariable String callId, @RequestParam(required = false) List<String> reviewerIds, Model model,
                Authentication user, Locale locale, HttpServletResponse response) {
        List<String> chosen = reviewerIds == null ? List.of() : reviewerIds.stream().distinct().toList();
        List<ReviewPanel.Candidate> candidates = panel.candidates(callId);
        List<String> problems = chosen.isEmpty() ? List.of(messages.getMessage("panel.error.none", null, locale))
                : panel.refused(chosen).stream()
                        .map(id -> messages.getMessage("panel.error.noProfile", new Object[] {nameOf(id, candidates)}, locale))
                        .toList();
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return page(callId, candidates, Set.copyOf(chosen), problems, false, model);
        }
        panel.set(callId, chosen, user.getName());
        return "redirect:/portal/dashboard/calls/" + callId + "/panel?saved=true";
    }

    private String page(String callId, List<ReviewPanel.Candidate> candidates, Set<String> ticked, List<String> problems,
                        boolean saved, Model model) {
        model.addAttribute("call", calls.get(callId));
        model.addAttribute("candidates", candidates);
        model.addAttribute("ticked", ticked);
        model.addAttribute("everyReviewer", ticked.isEmpty() && problems.isEmpty());
        model.addAttribute("problems", problems);
        model.addAttribute("saved", saved);
        return "portal/assignment/panel";
    }

    private static String nameOf(String id, List<ReviewPanel.Candidate> candidates) {
        return candidates.stream().filter(c -> c.userId().equals(id)).map(ReviewPanel.Candidate::name).findFirst()
                .orElse(String.valueOf(id));
    }
}
