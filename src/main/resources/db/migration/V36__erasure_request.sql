-- A person's request that the funder erase what it holds about him or her, and a manager's decision on it
CREATE TABLE erasure_request (
    id          VARCHAR(36)  PRIMARY KEY,
    user_id     VARCHAR(64)  NOT NULL,
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(20)  NOT NULL,  -- ASKED, ERASED, REFUSED
    decided_by  VARCHAR(64),
    decided_at  TIMESTAMP WITH TIME ZONE,
    note        VARCHAR(1000)
);
CREATE INDEX ix_erasure_request_status ON erasure_request (status, asked_at);
