-- What the mail server said: attempts so far, the last failure (a timeout, a refused connection, or the reply of a
-- permanent refusal for a FAILED message, which is never retried).
ALTER TABLE notification ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE notification ADD COLUMN last_error VARCHAR(1000);
CREATE INDEX ix_notification_status ON notification (status, created_at);
