-- review: when the reviewer accepted after declaring no conflict; only then do the abstract and the proposal open.
-- Invitations made before the declaration step had the proposal open from the start: they count as accepted.
ALTER TABLE review_assignment ADD COLUMN accepted_at TIMESTAMP WITH TIME ZONE;
UPDATE review_assignment SET accepted_at = assigned_at WHERE status IN ('INVITED', 'SUBMITTED');
