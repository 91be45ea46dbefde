-- call: the review criteria of each call, as JSON; a call stored without them reads as its programme's criteria
ALTER TABLE grant_call ADD COLUMN criteria TEXT;

-- review: one score per criterion of the call, in place of the three fixed columns
CREATE TABLE review_score (
    assignment_id VARCHAR(36) NOT NULL REFERENCES review (assignment_id),
    criterion_id  VARCHAR(30) NOT NULL,
    score         INTEGER     NOT NULL,
    PRIMARY KEY (assignment_id, criterion_id)
);

-- the reviews written so far keep their scores, under the ids of the criteria they scored
INSERT INTO review_score (assignment_id, criterion_id, score) SELECT assignment_id, 'quality', score_quality FROM review;
INSERT INTO review_score (assignment_id, criterion_id, score) SELECT assignment_id, 'feasibility', score_feasibility FROM review;
INSERT INTO review_score (assignment_id, criterion_id, score) SELECT assignment_id, 'collaboration', score_collaboration FROM review;

ALTER TABLE review DROP COLUMN score_quality;
ALTER TABLE review DROP COLUMN score_feasibility;
ALTER TABLE review DROP COLUMN score_collaboration;
