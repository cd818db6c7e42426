-- Documents filed on a company or a person. The bytes live in the document store (crm.documents.dir), never in
-- the database; storage_key names them there. Portable SQL.

CREATE SEQUENCE crm_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_document (
    id            BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage_key   VARCHAR(100)  NOT NULL,
    account_id    BIGINT,
    contact_id    BIGINT,
    uploader_id   BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)   NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_document PRIMARY KEY (id),
    CONSTRAINT uq_crm_document_storage_key UNIQUE (storage_key),
    -- a company or person with documents cannot be deleted behind their back: the files would be orphaned
    CONSTRAINT fk_crm_document_account FOREIGN KEY (account_id) REFERENCES crm_account (id),
    CONSTRAINT fk_crm_document_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT fk_crm_document_uploader FOREIGN KEY (uploader_id) REFERENCES crm_user (id),
    CONSTRAINT ck_crm_document_target CHECK (account_id IS NOT NULL OR contact_id IS NOT NULL),
    CONSTRAINT ck_crm_document_size CHECK (size_bytes > 0)
);
-- the record pages list documents newest first
CREATE INDEX ix_crm_document_account_time ON crm_document (account_id, created_at);
CREATE INDEX ix_crm_document_contact_time ON crm_document (contact_id, created_at);
CREATE INDEX ix_crm_document_uploader ON crm_document (uploader_id);
