-- The dashboard counts a call's applications by status (GROUP BY status WHERE call_id = ?).
CREATE INDEX ix_application_call_status ON application (call_id, status);
