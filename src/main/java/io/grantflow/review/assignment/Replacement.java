package io.grantflow.review.assignment;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a decline or a new conflict: the best free reviewer for that one application,
 * every other assignment left as it was.
 *
 * @param removed     the pair that left the assignment
 * @param replacement the reviewer who takes its place, if anyone can
 * @param assignment  the assignment after the change (the old one minus the removed pair when nobody can)
 * @param explanation why this reviewer, or why nobody
 */
public record Replacement(Pair removed, Optional<Affinity> replacement, AssignmentResult.Assigned assignment,
                          List<String> explanation) {

    public Replacement {
        explanation = List.copyOf(explanation);
    }

    public boolean found() {
        return replacement.isPresent();
    }
}
