-- Whether the announcement tells nominators that the laureate came from the shortlist after the jury's first choice
-- declined or stayed silent; the jury is always told.
ALTER TABLE prize_edition ADD COLUMN announce_fallback BOOLEAN DEFAULT FALSE NOT NULL;
