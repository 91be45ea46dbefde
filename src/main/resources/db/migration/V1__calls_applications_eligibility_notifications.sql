-- Runs unchanged on H2 and PostgreSQL.

-- call: one call for proposals (or prize edition) of a programme
CREATE TABLE grant_call (
    id            VARCHAR(36)   PRIMARY KEY,
    programme     VARCHAR(20)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    opens_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    envelope_eur  NUMERIC(14,2) NOT NULL,
    rules         TEXT          NOT NULL,  -- JSON of the programme's rule settings
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- application: one application (or nomination) to a call
CREATE TABLE application (
    id                  VARCHAR(36)   PRIMARY KEY,
    call_id             VARCHAR(36)   NOT NULL REFERENCES grant_call (id),
    applicant_id        VARCHAR(64)   NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    abstract_text       TEXT          NOT NULL,
    keywords            TEXT          NOT NULL,  -- JSON array
    budget_eur          NUMERIC(14,2) NOT NULL,
    duration_months     INTEGER       NOT NULL,
    phd_date            DATE,
    unit_code           VARCHAR(40),
    status              VARCHAR(30)   NOT NULL,
    idempotency_key     VARCHAR(100),
    process_instance_id VARCHAR(64),
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_application_per_call UNIQUE (call_id, applicant_id),
    CONSTRAINT uq_application_idempotency UNIQUE (applicant_id, idempotency_key)
);
CREATE INDEX ix_application_applicant ON application (applicant_id);

CREATE TABLE application_partner (
    application_id VARCHAR(36)  NOT NULL REFERENCES application (id),
    position       INTEGER      NOT NULL,
    institution    VARCHAR(300) NOT NULL,
    country        VARCHAR(2)   NOT NULL,
    lead_name      VARCHAR(200) NOT NULL,
    email          VARCHAR(320),
    PRIMARY KEY (application_id, position)
);

CREATE TABLE application_document (
    id             VARCHAR(36)  PRIMARY KEY,
    application_id VARCHAR(36)  NOT NULL REFERENCES application (id),
    kind           VARCHAR(30)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    content        BYTEA        NOT NULL
);
CREATE INDEX ix_document_application ON application_document (application_id);

-- eligibility: the latest verdict of each application, and a manager's override
CREATE TABLE eligibility_verdict (
    application_id  VARCHAR(36)  PRIMARY KEY REFERENCES application (id),
    eligible        BOOLEAN      NOT NULL,
    reasons         TEXT         NOT NULL,  -- JSON array of reason codes with their arguments
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      VARCHAR(64),
    overridden      BOOLEAN,
    decision_reason TEXT,
    decided_at      TIMESTAMP WITH TIME ZONE
);

-- notification: every message, kept whether or not a mail server is configured
CREATE TABLE notification (
    id              VARCHAR(36)  PRIMARY KEY,
    template        VARCHAR(60)  NOT NULL,
    recipient_id    VARCHAR(64),
    recipient_email VARCHAR(320) NOT NULL,
    language        VARCHAR(5)   NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    body            TEXT         NOT NULL,
    reference_id    VARCHAR(64),
    status          VARCHAR(20)  NOT NULL,  -- PENDING, SENT, HELD (no mail server configured)
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notification_reference ON notification (reference_id);

-- review: reviewers' expertise and institution (their accounts live in Camunda's identity service)
CREATE TABLE reviewer_profile (
    user_id     VARCHAR(64)  PRIMARY KEY,
    institution VARCHAR(300) NOT NULL,
    country     VARCHAR(2)   NOT NULL,
    expertise   TEXT         NOT NULL,  -- JSON array of keywords
    profile     TEXT,
    max_load    INTEGER      NOT NULL
);
