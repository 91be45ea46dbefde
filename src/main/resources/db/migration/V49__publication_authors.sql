-- review: what the co-authorship conflict rule needs of a reviewer's publication: its DOI and its authors as the
-- source names them (JSON [{"name": ..., "orcid": ...}]). Both stay null for the rows typed before (authors unknown:
-- such a work is still matched by its DOI or title and year against the applicant's own list).
ALTER TABLE reviewer_publication ADD COLUMN doi VARCHAR(300);
ALTER TABLE reviewer_publication ADD COLUMN authors TEXT;

-- review: a reviewer's ORCID iD, which settles a name that only possibly matches an author's
ALTER TABLE reviewer_profile ADD COLUMN orcid VARCHAR(19);

-- application: the applicant's ORCID iD as given in the form (null when none was given)
ALTER TABLE application ADD COLUMN applicant_orcid VARCHAR(19);
