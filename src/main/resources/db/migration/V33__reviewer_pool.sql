-- reviewer: the publications a reviewer declares (year and title), kept for the co-authorship conflict checks
CREATE TABLE reviewer_publication (
    user_id  VARCHAR(64)  NOT NULL REFERENCES reviewer_profile (user_id),
    line_no  INTEGER      NOT NULL,
    pub_year INTEGER      NOT NULL,
    title    VARCHAR(500) NOT NULL,
    PRIMARY KEY (user_id, line_no)
);

-- identity: a one-time link to choose one's password, for an account a programme manager created.
-- Only the SHA-256 of the link's token is kept, so that a copy of the database sets no password.
CREATE TABLE password_link (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id    VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_password_link_user ON password_link (user_id);
