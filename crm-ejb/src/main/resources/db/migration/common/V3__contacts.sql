-- Contacts (people), under an account or on their own. Portable SQL; name_key sorts, search_key finds (SearchText).

CREATE SEQUENCE crm_contact_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_contact (
    id                  BIGINT       NOT NULL,
    salutation          VARCHAR(10)  NOT NULL,
    title               VARCHAR(40),
    first_name          VARCHAR(100),
    last_name           VARCHAR(100) NOT NULL,
    name_key            VARCHAR(200) NOT NULL,
    search_key          VARCHAR(500) NOT NULL,
    position            VARCHAR(100),
    email               VARCHAR(254),
    phone               VARCHAR(20),
    birthday            DATE,
    preferred_language  VARCHAR(5),
    account_id          BIGINT,
    owner_id            BIGINT       NOT NULL,
    team_id             BIGINT,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(40)  NOT NULL,
    modified_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by         VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_crm_contact PRIMARY KEY (id),
    CONSTRAINT fk_crm_contact_account FOREIGN KEY (account_id) REFERENCES crm_account (id),
    CONSTRAINT fk_crm_contact_owner FOREIGN KEY (owner_id) REFERENCES crm_user (id),
    CONSTRAINT fk_crm_contact_team FOREIGN KEY (team_id) REFERENCES crm_team (id)
);
CREATE INDEX ix_crm_contact_name_key ON crm_contact (name_key);
CREATE INDEX ix_crm_contact_account ON crm_contact (account_id);
CREATE INDEX ix_crm_contact_email ON crm_contact (email);
CREATE INDEX ix_crm_contact_phone ON crm_contact (phone);
CREATE INDEX ix_crm_contact_owner ON crm_contact (owner_id);
