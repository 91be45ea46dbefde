-- A reviewer's bid on an application (-1 rather not .. +1 eager) and a manager's pin forcing a pair.
CREATE TABLE assignment_preference (
    call_id        VARCHAR(36) NOT NULL,
    application_id VARCHAR(36) NOT NULL REFERENCES application (id),
    reviewer_id    VARCHAR(64) NOT NULL,
    bid            DECIMAL(4, 3),
    pinned         BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (application_id, reviewer_id)
);
CREATE INDEX assignment_preference_call ON assignment_preference (call_id);
