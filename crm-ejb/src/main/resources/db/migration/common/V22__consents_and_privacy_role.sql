-- Data protection: the data protection officer's role, and consents per person (purpose, channel, legal basis,
-- source, proof). A withdrawn consent keeps its row, so the CRM can show what it was allowed to do when.
-- Portable SQL (PostgreSQL, H2, Oracle).

ALTER TABLE crm_user_role DROP CONSTRAINT ck_crm_user_role_name;
ALTER TABLE crm_user_role ADD CONSTRAINT ck_crm_user_role_name
    CHECK (role_name IN ('SALES', 'MANAGER', 'MARKETING', 'SERVICE', 'ADMIN', 'AUDITOR', 'INTEGRATION', 'PRIVACY'));

CREATE SEQUENCE crm_consent_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_consent (
    id               BIGINT         NOT NULL,
    contact_id       BIGINT         NOT NULL,
    purpose          VARCHAR(20)    NOT NULL,
    channel          VARCHAR(10)    NOT NULL,
    legal_basis      VARCHAR(20)    NOT NULL,
    source           VARCHAR(20)    NOT NULL,
    given_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    proof            VARCHAR(2000)  NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    withdrawal_note  VARCHAR(500),
    version          BIGINT         NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(40)    NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by      VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_consent PRIMARY KEY (id),
    CONSTRAINT fk_crm_consent_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT ck_crm_consent_purpose CHECK (purpose IN ('NEWSLETTER', 'ADVERTISING', 'EVENTS', 'SURVEYS', 'PROFILING')),
    CONSTRAINT ck_crm_consent_channel CHECK (channel IN ('EMAIL', 'PHONE', 'LETTER', 'SMS')),
    CONSTRAINT ck_crm_consent_withdrawn CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at)
);
-- a person's consents on their page; campaigns ask "who may get the newsletter by e-mail" by purpose and channel
CREATE INDEX ix_crm_consent_contact ON crm_consent (contact_id, given_at);
CREATE INDEX ix_crm_consent_purpose ON crm_consent (purpose, channel, contact_id);
