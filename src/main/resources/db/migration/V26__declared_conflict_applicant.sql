-- A conflict a reviewer declares holds for every later application of the same applicant, for a while:
-- the applicant is recorded with the conflict, and looked up by applicant and date.
ALTER TABLE reviewer_conflict ADD COLUMN applicant_id VARCHAR(64);
UPDATE reviewer_conflict SET applicant_id = (SELECT a.applicant_id FROM application a WHERE a.id = reviewer_conflict.application_id);
CREATE INDEX ix_reviewer_conflict_applicant ON reviewer_conflict (applicant_id, declared_at);
