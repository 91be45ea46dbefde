package io.grantflow.review.assignment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate reviewers of each application with their affinity: at most topN per application
 * (plus any pinned pair), best first. Pairs that break a conflict are never in it.
 */
public final class AffinityMatrix {

    private final Map<String, List<Affinity>> byApplication;

    AffinityMatrix(Map<String, List<Affinity>> byApplication) {
        Map<String, List<Affinity>> copy = new HashMap<>(byApplication.size() * 2);
        byApplication.forEach((id, list) -> copy.put(id, list.stream()
                .sorted(Comparator.comparingDouble(Affinity::value).reversed()
                        .thenComparing(Affinity::reviewerId))
                .toList()));
        this.byApplication = copy;
    }

    /** The application's candidate reviewers, best first; empty when it has none. */
    public List<Affinity> candidates(String applicationId) {
        return byApplication.getOrDefault(applicationId, List.of());
    }

    public Optional<Affinity> get(String applicationId, String reviewerId) {
        return candidates(applicationId).stream().filter(a -> a.reviewerId().equals(reviewerId)).findFirst();
    }

    /** Number of candidate pairs over all applications. */
    public int size() {
        return byApplication.values().stream().mapToInt(List::size).sum();
    }
}
