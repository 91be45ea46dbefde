package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small hand-made calls for tests. */
final class Calls {

    private Calls() {
    }

    static Submission application(String id, String institution) {
        return new Submission(id, institution, "", "", List.of("topic " + id));
    }

    static Reviewer reviewer(String id, String institution, String country, int maxLoad) {
        return new Reviewer(id, institution, country, List.of(), "", maxLoad, 0);
    }

    static Reviewer reviewer(String id, String institution, String country, int maxLoad, int minLoad) {
        return new Reviewer(id, institution, country, List.of(), "", maxLoad, minLoad);
    }

    /** Every eligible pair, with a seeded random affinity. */
    static AffinityMatrix randomAffinities(AssignmentProblem problem, long seed) {
        Random random = new Random(seed);
        Eligibility eligibility = new Eligibility(problem);
        Map<String, List<Affinity>> byApplication = new HashMap<>();
        for (Submission application : problem.applications()) {
            List<Affinity> list = new ArrayList<>();
            for (Reviewer reviewer : problem.reviewers()) {
                double value = Math.round(random.nextDouble() * 1000) / 1000.0;
                if (eligibility.eligible(application, reviewer)) {
                    list.add(new Affinity(application.id(), reviewer.id(), value, value, 0, 0,
                            problem.pins().contains(new Pair(application.id(), reviewer.id())), List.of(), List.of()));
                }
            }
            byApplication.put(application.id(), list);
        }
        return new AffinityMatrix(byApplication);
    }

    static AssignmentProblem withPins(AssignmentProblem p, java.util.Set<Pair> pins) {
        return new AssignmentProblem(p.applications(), p.reviewers(), p.reviewersPerApplication(), p.conflicts(),
                p.maxPerInstitution(), p.homeCountry(), p.requireForeignReviewer(), p.bids(), pins, p.topN(), p.mode(),
                p.fairnessTolerance());
    }
}
