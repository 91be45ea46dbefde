-- IRP agreement: the text each party signs, written once from the programme's template when the agreement opens
-- (in English and French), so that a later change of the template leaves signed agreements as they were signed.
-- The signatures and their times stay in irp_signature.
CREATE TABLE irp_agreement (
    application_id VARCHAR(36) PRIMARY KEY REFERENCES application (id),
    text_en        TEXT        NOT NULL,
    text_fr        TEXT        NOT NULL,
    text_sha256    VARCHAR(64) NOT NULL,
    prepared_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
