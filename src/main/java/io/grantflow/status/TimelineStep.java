package io.grantflow.status;

import java.time.Instant;

/** One step an application went through, as its applicant or a manager reads it. No people are named. */
public record TimelineStep(String step, String name, Instant startedAt, Instant endedAt) {
}
