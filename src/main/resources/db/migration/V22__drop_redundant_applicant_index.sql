-- The unique constraint on (applicant_id, idempotency_key) already serves lookups by applicant;
-- this second index only cost a write with every submission.
DROP INDEX ix_application_applicant;
