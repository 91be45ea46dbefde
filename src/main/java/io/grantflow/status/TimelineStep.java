package io.grantflow.status;

import java.time.Duration;
import java.time.Instant;

/**
 * One step an application went through, as its applicant or a manager reads it. {@code reviewer} names the
 * reviewer of a review step for managers only, and is null for applicants. {@code typicalRemaining} is set on
 * a step still open: the median time earlier applications spent at this step, minus the time already spent
 * here (zero when this one has waited longer than usual); null when no earlier application has finished it.
 */
public record TimelineStep(String step, String name, Instant startedAt, Instant endedAt, String reviewer,
                           Duration typicalRemaining) {

    public TimelineStep(String step, String name, Instant startedAt, Instant endedAt) {
        this(step, name, startedAt, endedAt, null, null);
    }
}
