package io.grantflow.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.grantflow.call.Call;
import io.grantflow.problem.NotFoundException;
import io.grantflow.review.ReviewService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A reviewer's discussions in the portal: the applications he or she has reviewed, and for each the other submitted
 * reviews with his or her own to revise while the window is open. A reviewer who has not submitted gets 404.
 * A manager chooses an application's rapporteur from the application's page.
 */
@Controller
class DiscussionPageController {

    private final DiscussionService discussions;
    private final ReviewService reviews;

    DiscussionPageController(DiscussionService discussions, ReviewService reviews) {
        this.discussions = discussions;
        this.reviews = reviews;
    }

    @GetMapping("/portal/reviews")
    String mine(Model model, Authentication user) {
        List<DiscussionService.Discussion> mine = new ArrayList<>();
        for (String applicationId : reviews.applicationsReviewedBy(user.getName())) {
            discussions.forReviewer(applicationId, user.getName()).ifPresent(mine::add);
        }
        model.addAttribute("discussions", mine);
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/discussions";
    }

    @GetMapping("/portal/reviews/{applicationId}/discussion")
    String show(@PathVariable String applicationId, Model model, Authentication user) {
        model.addAttribute("d", discussionOf(applicationId, user));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/discussion";
    }

    @PostMapping("/portal/reviews/{applicationId}/discussion")
    String revise(@PathVariable String applicationId, @RequestParam Map<String, String> form, Authentication user) {
        DiscussionService.Discussion d = discussionOf(applicationId, user);
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < d.criteria().size(); i++) {
            scores.add(whole(form.get("score" + (i + 1))));
        }
        discussions.revise(applicationId, user.getName(),
                new ReviewService.Scores(scores, form.get("commentForApplicant"), form.get("confidentialComment")));
        return "redirect:/portal/reviews/" + applicationId + "/discussion?revised";
    }

    @PostMapping("/portal/dashboard/applications/{applicationId}/rapporteur")
    String chooseRapporteur(@PathVariable String applicationId, @RequestParam(defaultValue = "") String rapporteur) {
        discussions.chooseRapporteur(applicationId, rapporteur);
        return "redirect:/portal/applications/" + applicationId + "?rapporteur";
    }

    private DiscussionService.Discussion discussionOf(String applicationId, Authentication user) {
        Optional<DiscussionService.Discussion> d = discussions.forReviewer(applicationId, user.getName());
        return d.orElseThrow(() -> new NotFoundException("No discussion of application " + applicationId));
    }

    static Integer whole(String value) {
        return value != null && value.trim().matches("\\d{1,3}") ? Integer.valueOf(value.trim()) : null;
    }
}
