-- A user's saved column mappings for CSV imports: which header feeds which field, one "header<TAB>FIELD" line each.
-- Portable SQL.

CREATE SEQUENCE crm_import_template_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_import_template (
    id           BIGINT         NOT NULL,
    name         VARCHAR(60)    NOT NULL,
    owner_id     BIGINT         NOT NULL,
    mapping      VARCHAR(4000)  NOT NULL,
    version      BIGINT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)    NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_import_template PRIMARY KEY (id),
    CONSTRAINT fk_crm_import_template_owner FOREIGN KEY (owner_id) REFERENCES crm_user (id),
    CONSTRAINT uq_crm_import_template_name UNIQUE (owner_id, name)
);
