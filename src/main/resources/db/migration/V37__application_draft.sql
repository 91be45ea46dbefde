-- An application being written: what the applicant has typed so far (the portal form as JSON) and the PDF once
-- uploaded. A draft is no application: nothing counts, assigns or closes it; submitting it removes it.
CREATE TABLE application_draft (
    call_id          VARCHAR(36)  NOT NULL,
    applicant_id     VARCHAR(64)  NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,  -- the key its submission goes with, so that a second click submits nothing
    form_json        TEXT         NOT NULL,
    proposal_name    VARCHAR(200),
    proposal_content BYTEA,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (call_id, applicant_id)
);
CREATE INDEX ix_application_draft_applicant ON application_draft (applicant_id);

-- The people an applicant invites by email to write the application with him or her. An invitee who accepts,
-- signed in, reads and changes the draft, and reads the application once the applicant has submitted it.
CREATE TABLE co_applicant (
    id              VARCHAR(36)  PRIMARY KEY,
    call_id         VARCHAR(36)  NOT NULL,
    applicant_id    VARCHAR(64)  NOT NULL,  -- who invites, and alone submits
    email           VARCHAR(254) NOT NULL,
    token           VARCHAR(64)  NOT NULL UNIQUE,
    user_id         VARCHAR(64),            -- the account that accepted
    application_id  VARCHAR(36),            -- once submitted
    invited_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at     TIMESTAMP WITH TIME ZONE,
    UNIQUE (call_id, applicant_id, email)
);
CREATE INDEX ix_co_applicant_user ON co_applicant (user_id);
