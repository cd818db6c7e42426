-- Accounts (companies). Portable SQL. name_key is the name folded for sorting; search_key holds name, PLZ, city, ERP
-- and VAT number folded (SearchText), so one LIKE finds "Köln" as "koeln" on every database.

CREATE SEQUENCE crm_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_account (
    id                    BIGINT       NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    name_key              VARCHAR(200) NOT NULL,
    search_key            VARCHAR(400) NOT NULL,
    legal_form            VARCHAR(20),
    vat_id                VARCHAR(20),
    industry              VARCHAR(100),
    company_size          VARCHAR(20),
    website               VARCHAR(254),
    erp_debtor_number     VARCHAR(40),
    billing_street        VARCHAR(200),
    billing_postal_code   VARCHAR(10),
    billing_city          VARCHAR(100),
    billing_state         VARCHAR(40),
    billing_country       VARCHAR(2),
    shipping_street       VARCHAR(200),
    shipping_postal_code  VARCHAR(10),
    shipping_city         VARCHAR(100),
    shipping_state        VARCHAR(40),
    shipping_country      VARCHAR(2),
    owner_id              BIGINT       NOT NULL,
    team_id               BIGINT,
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(40)  NOT NULL,
    modified_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by           VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_crm_account PRIMARY KEY (id),
    CONSTRAINT fk_crm_account_owner FOREIGN KEY (owner_id) REFERENCES crm_user (id),
    CONSTRAINT fk_crm_account_team FOREIGN KEY (team_id) REFERENCES crm_team (id)
);
-- one index for every sort and filter the account list offers
CREATE INDEX ix_crm_account_name_key ON crm_account (name_key);
CREATE INDEX ix_crm_account_postal_code ON crm_account (billing_postal_code);
CREATE INDEX ix_crm_account_city ON crm_account (billing_city);
CREATE INDEX ix_crm_account_owner ON crm_account (owner_id);
CREATE INDEX ix_crm_account_team ON crm_account (team_id);
CREATE UNIQUE INDEX uq_crm_account_erp_number ON crm_account (erp_debtor_number);
