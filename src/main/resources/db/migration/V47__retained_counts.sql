-- retention: what is left of the cases the retention purge deleted once their programme's retentionYears had passed.
-- Counts only, nothing about a person: per call, status and year of submission, how many applications, the budgets
-- they asked for and the amounts awarded (funded, not lapsed), so that the dashboard's figures for past calls stay.
CREATE TABLE retained_count (
    call_id        VARCHAR(36)   NOT NULL REFERENCES grant_call (id),
    status         VARCHAR(30)   NOT NULL,
    submitted_year INTEGER       NOT NULL,
    applications   BIGINT        NOT NULL,
    requested_eur  NUMERIC(16,2) NOT NULL,
    awarded_eur    NUMERIC(16,2) NOT NULL,
    PRIMARY KEY (call_id, status, submitted_year)
);

-- The messages about the purged cases, per call and template: how many the mail server took and how many it did not.
CREATE TABLE retained_message_count (
    call_id   VARCHAR(36) NOT NULL REFERENCES grant_call (id),
    template  VARCHAR(60) NOT NULL,
    sent      BIGINT      NOT NULL,
    not_sent  BIGINT      NOT NULL,
    PRIMARY KEY (call_id, template)
);
