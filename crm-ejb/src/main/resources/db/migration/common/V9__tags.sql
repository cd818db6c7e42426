-- Tags (Schlagwörter) on companies and people. name_key is the folded name ("messe 2026") that makes two spellings one
-- tag. Portable SQL.

CREATE SEQUENCE crm_tag_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_tag (
    id           BIGINT        NOT NULL,
    name         VARCHAR(40)   NOT NULL,
    name_key     VARCHAR(80)   NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)   NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_tag PRIMARY KEY (id),
    CONSTRAINT uq_crm_tag_name_key UNIQUE (name_key)
);

CREATE TABLE crm_account_tag (
    account_id  BIGINT  NOT NULL,
    tag_id      BIGINT  NOT NULL,
    CONSTRAINT pk_crm_account_tag PRIMARY KEY (account_id, tag_id),
    CONSTRAINT fk_crm_account_tag_account FOREIGN KEY (account_id) REFERENCES crm_account (id),
    CONSTRAINT fk_crm_account_tag_tag FOREIGN KEY (tag_id) REFERENCES crm_tag (id)
);
-- the list filter "companies tagged X" starts from the tag
CREATE INDEX ix_crm_account_tag_tag ON crm_account_tag (tag_id, account_id);

CREATE TABLE crm_contact_tag (
    contact_id  BIGINT  NOT NULL,
    tag_id      BIGINT  NOT NULL,
    CONSTRAINT pk_crm_contact_tag PRIMARY KEY (contact_id, tag_id),
    CONSTRAINT fk_crm_contact_tag_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT fk_crm_contact_tag_tag FOREIGN KEY (tag_id) REFERENCES crm_tag (id)
);
CREATE INDEX ix_crm_contact_tag_tag ON crm_contact_tag (tag_id, contact_id);
