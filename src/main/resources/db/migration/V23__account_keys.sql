-- One account per person: each registration claims its user id and its email address here, in lower case,
-- in the same transaction as the Camunda user. Two registrations racing for the same id or address
-- cannot both commit: the second one hits the primary key.
CREATE TABLE account_key (
    kind       VARCHAR(8)   NOT NULL,
    key_value  VARCHAR(254) NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_account_key PRIMARY KEY (kind, key_value)
);
