-- application: people or institutions the applicant asks not to be reviewed by
CREATE TABLE application_exclusion (
    application_id VARCHAR(36)  NOT NULL REFERENCES application (id),
    position       INTEGER      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    PRIMARY KEY (application_id, position)
);

-- review: who reviews what, and what became of each invitation
CREATE TABLE review_assignment (
    id             VARCHAR(36)  PRIMARY KEY,
    call_id        VARCHAR(36)  NOT NULL,
    application_id VARCHAR(36)  NOT NULL REFERENCES application (id),
    reviewer_id    VARCHAR(64)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,  -- INVITED, SUBMITTED, DECLINED, CONFLICT, LATE
    affinity       DOUBLE PRECISION NOT NULL,
    explanation    TEXT         NOT NULL,
    replaces       VARCHAR(36),
    assigned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_assignment_application ON review_assignment (application_id);
CREATE INDEX ix_assignment_call ON review_assignment (call_id);

CREATE TABLE review (
    assignment_id         VARCHAR(36) PRIMARY KEY REFERENCES review_assignment (id),
    application_id        VARCHAR(36) NOT NULL,
    score_quality         INTEGER     NOT NULL,
    score_feasibility     INTEGER     NOT NULL,
    score_collaboration   INTEGER     NOT NULL,
    comment_for_applicant TEXT        NOT NULL,
    confidential_comment  TEXT,
    submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_review_application ON review (application_id);

CREATE TABLE reviewer_conflict (
    reviewer_id    VARCHAR(64)  NOT NULL,
    application_id VARCHAR(36)  NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    declared_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (reviewer_id, application_id)
);

-- decision: the committee's decision on each application, the award and its final report
CREATE TABLE decision (
    application_id VARCHAR(36)   PRIMARY KEY REFERENCES application (id),
    call_id        VARCHAR(36)   NOT NULL,
    funded         BOOLEAN       NOT NULL,
    amount_eur     NUMERIC(14,2) NOT NULL,
    ranking        INTEGER       NOT NULL,
    mean_score     NUMERIC(6,3),
    decided_by     VARCHAR(64)   NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE award (
    application_id  VARCHAR(36) PRIMARY KEY REFERENCES application (id),
    accepted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    project_ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    report_due_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE final_report (
    id             VARCHAR(36)  PRIMARY KEY,
    application_id VARCHAR(36)  NOT NULL REFERENCES application (id),
    file_name      VARCHAR(255) NOT NULL,
    content        BYTEA        NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    approved       BOOLEAN,
    reviewed_by    VARCHAR(64),
    review_comment TEXT,
    reviewed_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_final_report_application ON final_report (application_id);

-- review: the panel of reviewers a call draws from (no row: every reviewer)
CREATE TABLE call_panel (
    call_id     VARCHAR(36) NOT NULL,
    reviewer_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (call_id, reviewer_id)
);
