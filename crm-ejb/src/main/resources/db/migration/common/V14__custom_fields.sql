-- Custom fields (Zusatzfelder) an administrator adds to companies or people, and the values records hold for them:
-- one row per record and field, typed columns so lists filter and sort in SQL. Saved views keep a custom-field
-- filter too. Portable SQL.

CREATE SEQUENCE crm_custom_field_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_custom_field (
    id           BIGINT          NOT NULL,
    record_kind  VARCHAR(20)     NOT NULL,
    field_key    VARCHAR(40)     NOT NULL,
    label_de     VARCHAR(60)     NOT NULL,
    label_en     VARCHAR(60)     NOT NULL,
    field_type   VARCHAR(20)     NOT NULL,
    required     BOOLEAN         NOT NULL,
    listed       BOOLEAN         NOT NULL,
    active       BOOLEAN         NOT NULL,
    position     INTEGER         NOT NULL,
    max_length   INTEGER,
    min_value    NUMERIC(19, 4),
    max_value    NUMERIC(19, 4),
    choices      VARCHAR(5200),
    version      BIGINT          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)     NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(40)     NOT NULL,
    CONSTRAINT pk_crm_custom_field PRIMARY KEY (id),
    CONSTRAINT uq_crm_custom_field_key UNIQUE (record_kind, field_key)
);

CREATE TABLE crm_account_custom_value (
    account_id    BIGINT          NOT NULL,
    field_id      BIGINT          NOT NULL,
    text_value    VARCHAR(1000),
    number_value  NUMERIC(19, 4),
    date_value    DATE,
    flag_value    BOOLEAN,
    CONSTRAINT pk_crm_account_custom_value PRIMARY KEY (account_id, field_id),
    CONSTRAINT fk_crm_account_custom_value_account FOREIGN KEY (account_id) REFERENCES crm_account (id),
    CONSTRAINT fk_crm_account_custom_value_field FOREIGN KEY (field_id) REFERENCES crm_custom_field (id)
);
-- the list filters start from the field and its value
CREATE INDEX ix_crm_account_cv_text ON crm_account_custom_value (field_id, text_value);
CREATE INDEX ix_crm_account_cv_number ON crm_account_custom_value (field_id, number_value);
CREATE INDEX ix_crm_account_cv_date ON crm_account_custom_value (field_id, date_value);

CREATE TABLE crm_contact_custom_value (
    contact_id    BIGINT          NOT NULL,
    field_id      BIGINT          NOT NULL,
    text_value    VARCHAR(1000),
    number_value  NUMERIC(19, 4),
    date_value    DATE,
    flag_value    BOOLEAN,
    CONSTRAINT pk_crm_contact_custom_value PRIMARY KEY (contact_id, field_id),
    CONSTRAINT fk_crm_contact_custom_value_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT fk_crm_contact_custom_value_field FOREIGN KEY (field_id) REFERENCES crm_custom_field (id)
);
CREATE INDEX ix_crm_contact_cv_text ON crm_contact_custom_value (field_id, text_value);
CREATE INDEX ix_crm_contact_cv_number ON crm_contact_custom_value (field_id, number_value);
CREATE INDEX ix_crm_contact_cv_date ON crm_contact_custom_value (field_id, date_value);

ALTER TABLE crm_saved_view ADD custom_field_id BIGINT;
ALTER TABLE crm_saved_view ADD custom_value VARCHAR(200);
