-- A programme manager's answer to a doubtful match between a name an applicant excluded and a reviewer of the
-- panel: the same person (stays excluded) or another (the pair may be assigned). The id names the match itself,
-- so a match is answered once.
CREATE TABLE exclusion_answer (
    id             VARCHAR(36)  PRIMARY KEY,
    application_id VARCHAR(36)  NOT NULL,
    reviewer_id    VARCHAR(64)  NOT NULL,
    same_person    BOOLEAN      NOT NULL,
    answered_by    VARCHAR(64)  NOT NULL,
    answered_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_exclusion_answer_application ON exclusion_answer (application_id);
