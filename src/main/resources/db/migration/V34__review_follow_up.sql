-- review: when a manager last reminded the reviewer from the call's reviews page (a second click within the hour sends nothing)
ALTER TABLE review_assignment ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
