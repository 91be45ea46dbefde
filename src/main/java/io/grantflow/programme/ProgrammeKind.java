package io.grantflow.programme;

/** What a programme's calls receive. */
public enum ProgrammeKind {
    /** Applications from researchers, reviewed and funded within an envelope. */
    GRANT,
    /** Nominations of candidates by nominators, judged by a jury. */
    PRIZE
}
