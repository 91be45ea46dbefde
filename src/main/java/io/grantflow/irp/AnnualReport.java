package io.grantflow.irp;

import java.time.Instant;

/** The latest annual report filed for a project year, and the manager's decision on it (null while none). */
public record AnnualReport(int year, String fileName, Instant submittedAt, Boolean approved) {
}
