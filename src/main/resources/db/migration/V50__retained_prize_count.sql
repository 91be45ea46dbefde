-- retention of prize editions: what is left of an edition once the retention purge has deleted its nominations,
-- candidates, jury marks and offers. Counts and instants only, nothing about a person, so that the edition page's
-- progress reads the same after the purge; a row here also says the edition was purged (a second node skips it).
CREATE TABLE retained_prize_count (
    call_id            VARCHAR(36) PRIMARY KEY REFERENCES grant_call (id),
    nominations        BIGINT      NOT NULL,
    last_nomination_at TIMESTAMP WITH TIME ZONE,
    candidates         BIGINT      NOT NULL,
    last_candidate_at  TIMESTAMP WITH TIME ZONE,
    conflicts          BIGINT      NOT NULL,
    scores             BIGINT      NOT NULL,
    last_score_at      TIMESTAMP WITH TIME ZONE,
    accepted           BIGINT      NOT NULL,
    last_accepted_at   TIMESTAMP WITH TIME ZONE,
    purged_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The laureate as announced publicly, copied onto the edition when the candidates are purged: the prize's history.
ALTER TABLE prize_edition ADD COLUMN laureate_name VARCHAR(200);
ALTER TABLE prize_edition ADD COLUMN laureate_institution VARCHAR(300);
ALTER TABLE prize_edition ADD COLUMN laureate_country VARCHAR(2);
ALTER TABLE prize_edition ADD COLUMN laureate_field VARCHAR(200);
