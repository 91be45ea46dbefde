-- International prize: the settings of an edition, its candidates, nominations, jury work and offers.
-- Runs unchanged on H2 and PostgreSQL.

-- prize_edition: what a prize call adds to a call (a call without a row uses the defaults)
CREATE TABLE prize_edition (
    call_id               VARCHAR(36)  PRIMARY KEY REFERENCES grant_call (id),
    announce_at           TIMESTAMP WITH TIME ZONE,
    exclude_home_country  BOOLEAN      NOT NULL,
    nominator_groups      TEXT         NOT NULL,  -- comma-separated group ids
    jury                  TEXT         NOT NULL,  -- comma-separated user ids
    chair                 VARCHAR(64),
    laureate_id           VARCHAR(36),
    laureate_reasons      TEXT,
    announced_at          TIMESTAMP WITH TIME ZONE
);

-- prize_candidate: one nominee, whatever the number of nominations naming him or her
CREATE TABLE prize_candidate (
    id                    VARCHAR(36)  PRIMARY KEY,
    call_id               VARCHAR(36)  NOT NULL REFERENCES grant_call (id),
    name                  VARCHAR(200) NOT NULL,
    name_key              VARCHAR(200) NOT NULL,
    institution           VARCHAR(300) NOT NULL,
    institution_key       VARCHAR(300) NOT NULL,
    country               VARCHAR(2)   NOT NULL,
    field                 VARCHAR(200) NOT NULL,
    email                 VARCHAR(320) NOT NULL,
    language              VARCHAR(5)   NOT NULL,
    status                VARCHAR(20)  NOT NULL,  -- NOMINATED, MERGED, ASKED, DECLINED, SILENT, ACCEPTED
    possible_duplicate_of VARCHAR(36),
    merged_into           VARCHAR(36),
    process_instance_id   VARCHAR(64),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_prize_candidate_call ON prize_candidate (call_id, name_key);

-- prize_nomination: one per nominator and edition
CREATE TABLE prize_nomination (
    id            VARCHAR(36)  PRIMARY KEY,
    call_id       VARCHAR(36)  NOT NULL REFERENCES grant_call (id),
    candidate_id  VARCHAR(36)  NOT NULL REFERENCES prize_candidate (id),
    nominator_id  VARCHAR(64)  NOT NULL,
    statement     TEXT         NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_prize_nomination_per_nominator UNIQUE (call_id, nominator_id)
);
CREATE INDEX ix_prize_nomination_candidate ON prize_nomination (candidate_id);

CREATE TABLE prize_document (
    id             VARCHAR(36)  PRIMARY KEY,
    nomination_id  VARCHAR(36)  NOT NULL REFERENCES prize_nomination (id),
    kind           VARCHAR(20)  NOT NULL,  -- CV or LETTER
    file_name      VARCHAR(255) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    content        BYTEA        NOT NULL
);
CREATE INDEX ix_prize_document_nomination ON prize_document (nomination_id);

-- prize_jury_mark: a juror's conflict or score for one candidate; jurors never read each other's
CREATE TABLE prize_jury_mark (
    call_id       VARCHAR(36)  NOT NULL REFERENCES grant_call (id),
    candidate_id  VARCHAR(36)  NOT NULL REFERENCES prize_candidate (id),
    juror_id      VARCHAR(64)  NOT NULL,
    conflicted    BOOLEAN      NOT NULL,
    score         INTEGER,
    comment       TEXT,
    marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (candidate_id, juror_id)
);

-- prize_offer: the once-only link that asks a candidate to accept; only the token's hash is kept
CREATE TABLE prize_offer (
    id            VARCHAR(36)  PRIMARY KEY,
    call_id       VARCHAR(36)  NOT NULL REFERENCES grant_call (id),
    candidate_id  VARCHAR(36)  NOT NULL REFERENCES prize_candidate (id),
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answer        VARCHAR(20),  -- ACCEPTED, DECLINED, EXPIRED
    answered_at   TIMESTAMP WITH TIME ZONE
);
