-- discussion: once a reviewer has submitted, he or she reads the other reviews of the application and may revise
-- his or her own until the discussion window ends; then a rapporteur writes the consensus report.
ALTER TABLE review ADD COLUMN revised_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE review_discussion (
    application_id      VARCHAR(36) PRIMARY KEY,
    -- when revisions stop and the consensus report is due; null while reviews are still being written
    ends_at             TIMESTAMP WITH TIME ZONE,
    -- a manager's choice of rapporteur: a reviewer of the application, or null with by_manager for the managers
    rapporteur_id       VARCHAR(64),
    rapporteur_chosen   BOOLEAN     NOT NULL DEFAULT FALSE,
    report              TEXT,
    report_by           VARCHAR(64),
    report_at           TIMESTAMP WITH TIME ZONE
);
