-- reply: where a call asks for it, each applicant answers the anonymised reviews once, before the committee meets.
-- The window of a call opens when its review rounds end and closes replyDays later (the call process waits for it).
CREATE TABLE reply_window (
    call_id   VARCHAR(36) PRIMARY KEY,
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE applicant_reply (
    application_id VARCHAR(36) PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    call_id        VARCHAR(36) NOT NULL,
    text           TEXT        NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reply_call ON applicant_reply (call_id);
