-- review: when a manager last reminded the reviewer from the call's reviews page (a second click within the hour sends nothing)
ALTER TABLE review_assignment ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;

-- review: application-reviewer pairs a manager removed from a call's assignment before it was released; the assigner never proposes them
CREATE TABLE assignment_exclusion (
    call_id        VARCHAR(36)  NOT NULL REFERENCES grant_call (id) ON DELETE CASCADE,
    application_id VARCHAR(36)  NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    reviewer_id    VARCHAR(64)  NOT NULL,
    excluded_by    VARCHAR(64)  NOT NULL,
    excluded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (call_id, application_id, reviewer_id)
);
