-- IRP: what an application declares beyond the common form, and its budget per project year
CREATE TABLE irp_application (
    application_id     VARCHAR(36) PRIMARY KEY REFERENCES application (id),
    permanent_position BOOLEAN     NOT NULL,
    joint_work         TEXT
);

CREATE TABLE irp_budget_year (
    application_id VARCHAR(36)   NOT NULL REFERENCES application (id),
    project_year   INTEGER       NOT NULL,
    amount_eur     NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (application_id, project_year)
);

-- IRP agreement: one row per signatory (the funder: no partner position; each partner team: its position).
-- A partner signs through a one-time link: only the SHA-256 of its token is kept, with an expiry.
CREATE TABLE irp_signature (
    application_id   VARCHAR(36)  NOT NULL REFERENCES application (id),
    signatory        VARCHAR(20)  NOT NULL,  -- 'funder' or 'partner-<position>'
    institution      VARCHAR(300) NOT NULL,
    token_hash       VARCHAR(64),
    token_expires_at TIMESTAMP WITH TIME ZONE,
    signed_at        TIMESTAMP WITH TIME ZONE,
    signed_by        VARCHAR(200),
    PRIMARY KEY (application_id, signatory)
);
CREATE UNIQUE INDEX ux_irp_signature_token ON irp_signature (token_hash);

-- IRP project years: the tranche released and the annual report filed and reviewed
CREATE TABLE irp_tranche (
    application_id VARCHAR(36)   NOT NULL REFERENCES application (id),
    project_year   INTEGER       NOT NULL,
    amount_eur     NUMERIC(14,2) NOT NULL,
    released_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, project_year)
);

CREATE TABLE irp_annual_report (
    id             VARCHAR(36)  PRIMARY KEY,
    application_id VARCHAR(36)  NOT NULL REFERENCES application (id),
    project_year   INTEGER      NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content        BYTEA        NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    approved       BOOLEAN,
    reviewed_by    VARCHAR(64),
    review_comment TEXT,
    reviewed_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_irp_annual_report_application ON irp_annual_report (application_id, project_year);

-- IRP mid-term evaluation: continue or stop, with the reason
CREATE TABLE irp_mid_term (
    application_id VARCHAR(36)  PRIMARY KEY REFERENCES application (id),
    continued      BOOLEAN      NOT NULL,
    reason         TEXT         NOT NULL,
    decided_by     VARCHAR(64)  NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
