-- application: the applicant's own publications, from the file sent with the application or, when none was sent and
-- an ORCID iD was given, from ORCID at submission. Authors as the source names them (JSON [{"name": ..., "orcid": ...}]).
CREATE TABLE application_publication (
    application_id VARCHAR(36)  NOT NULL REFERENCES application (id),
    position       INTEGER      NOT NULL,
    title          VARCHAR(500) NOT NULL,
    pub_year       INTEGER,
    doi            VARCHAR(300),
    authors        TEXT         NOT NULL,
    PRIMARY KEY (application_id, position)
);

-- the list as uploaded with a draft, kept across errors as the proposal is, read again at submission
ALTER TABLE application_draft ADD COLUMN publications_name VARCHAR(200);
ALTER TABLE application_draft ADD COLUMN publications_content BYTEA;
