-- The nightly ERP reconciliation (job erp-reconciliation): the files each run received (checksum, so a file is never
-- applied twice by accident, and why one was refused), the records refused in them (line and reason), the CRM's
-- read-only mirror of the ERP's debtors, invoices and open items (keyed by the ERP's numbers, with a fingerprint of
-- each record so an unchanged one is passed over; a debtor's revenue and open items are summed from them), the
-- discrepancies a person reviews (unknown debtors, proposed matches, conflicting values, companies the ERP no longer
-- delivers; each once by its key, with the decision taken) and which server started which night's run.
-- Portable SQL.

CREATE SEQUENCE crm_erp_file_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE crm_erp_file (
    id             BIGINT        NOT NULL,
    run_id         BIGINT        NOT NULL,
    name           VARCHAR(255)  NOT NULL,
    kind           VARCHAR(12)   NOT NULL,
    checksum       VARCHAR(64)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    records        BIGINT        NOT NULL,
    refused        BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    problem        VARCHAR(20),
    detail         VARCHAR(1000),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_at     TIMESTAMP WITH TIME ZONE,
    archived_as    VARCHAR(500),
    CONSTRAINT pk_crm_erp_file PRIMARY KEY (id),
    CONSTRAINT ck_crm_erp_file_kind CHECK (kind IN ('DEBTORS', 'INVOICES', 'OPEN_ITEMS')),
    CONSTRAINT ck_crm_erp_file_status CHECK (status IN ('CHECKED', 'REFUSED', 'DUPLICATE', 'APPLIED'))
);
CREATE INDEX ix_crm_erp_file_run ON crm_erp_file (run_id, id);
CREATE INDEX ix_crm_erp_file_checksum ON crm_erp_file (checksum, status);

CREATE TABLE crm_erp_refused (
    file_id      BIGINT         NOT NULL,
    ordinal      BIGINT         NOT NULL,
    line         BIGINT         NOT NULL,
    record_key   VARCHAR(40),
    reason       VARCHAR(20)    NOT NULL,
    detail       VARCHAR(1000),
    CONSTRAINT pk_crm_erp_refused PRIMARY KEY (file_id, ordinal),
    CONSTRAINT fk_crm_erp_refused_file FOREIGN KEY (file_id) REFERENCES crm_erp_file (id)
);

CREATE TABLE crm_erp_debtor (
    debtor_number     VARCHAR(40)    NOT NULL,
    account_id        BIGINT,
    name              VARCHAR(200)   NOT NULL,
    legal_form        VARCHAR(20),
    vat_id            VARCHAR(20),
    street            VARCHAR(200),
    postal_code       VARCHAR(20),
    city              VARCHAR(100),
    country           VARCHAR(2),
    payment_terms     VARCHAR(100),
    credit_limit      DECIMAL(15, 2),
    blocked           BOOLEAN        NOT NULL,
    record_hash       VARCHAR(32)    NOT NULL,
    seen_run          BIGINT         NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    revenue_ytd       DECIMAL(17, 2) DEFAULT 0 NOT NULL,
    revenue_prev_year DECIMAL(17, 2) DEFAULT 0 NOT NULL,
    open_items        DECIMAL(17, 2) DEFAULT 0 NOT NULL,
    figures_year      INTEGER,
    figures_stale     BOOLEAN        DEFAULT TRUE NOT NULL,
    figures_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_crm_erp_debtor PRIMARY KEY (debtor_number),
    CONSTRAINT fk_crm_erp_debtor_account FOREIGN KEY (account_id) REFERENCES crm_account (id)
);
CREATE INDEX ix_crm_erp_debtor_account ON crm_erp_debtor (account_id);
CREATE INDEX ix_crm_erp_debtor_stale ON crm_erp_debtor (figures_stale);

CREATE TABLE crm_erp_invoice (
    invoice_number  VARCHAR(40)    NOT NULL,
    debtor_number   VARCHAR(40)    NOT NULL,
    invoice_date    DATE           NOT NULL,
    net             DECIMAL(15, 2) NOT NULL,
    gross           DECIMAL(15, 2) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    net_eur         DECIMAL(15, 2) NOT NULL,
    status          VARCHAR(10)    NOT NULL,
    record_hash     VARCHAR(32)    NOT NULL,
    CONSTRAINT pk_crm_erp_invoice PRIMARY KEY (invoice_number)
);
CREATE INDEX ix_crm_erp_invoice_debtor ON crm_erp_invoice (debtor_number, invoice_date);

CREATE TABLE crm_erp_open_item (
    document_number VARCHAR(40)    NOT NULL,
    debtor_number   VARCHAR(40)    NOT NULL,
    due_date        DATE           NOT NULL,
    open_amount     DECIMAL(15, 2) NOT NULL,
    record_hash     VARCHAR(32)    NOT NULL,
    seen_run        BIGINT         NOT NULL,
    CONSTRAINT pk_crm_erp_open_item PRIMARY KEY (document_number)
);
CREATE INDEX ix_crm_erp_open_item_debtor ON crm_erp_open_item (debtor_number);
CREATE INDEX ix_crm_erp_open_item_seen ON crm_erp_open_item (seen_run);

CREATE SEQUENCE crm_erp_discrepancy_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE crm_erp_discrepancy (
    id             BIGINT        NOT NULL,
    dedup_key      VARCHAR(120)  NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    debtor_number  VARCHAR(40),
    account_id     BIGINT,
    field          VARCHAR(40),
    erp_value      VARCHAR(200),
    crm_value      VARCHAR(200),
    score          INTEGER,
    reasons        VARCHAR(200),
    status         VARCHAR(10)   NOT NULL,
    first_run      BIGINT        NOT NULL,
    last_run       BIGINT        NOT NULL,
    decided_by     VARCHAR(40),
    decided_at     TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL,
    CONSTRAINT pk_crm_erp_discrepancy PRIMARY KEY (id),
    CONSTRAINT uq_crm_erp_discrepancy_key UNIQUE (dedup_key),
    CONSTRAINT fk_crm_erp_discrepancy_account FOREIGN KEY (account_id) REFERENCES crm_account (id),
    CONSTRAINT ck_crm_erp_discrepancy_kind CHECK (kind IN ('UNKNOWN_DEBTOR', 'PROPOSED_MATCH', 'CONFLICT', 'MISSING_IN_ERP')),
    CONSTRAINT ck_crm_erp_discrepancy_status CHECK (status IN ('OPEN', 'CONFIRMED', 'REJECTED', 'RESOLVED'))
);
CREATE INDEX ix_crm_erp_discrepancy_run ON crm_erp_discrepancy (last_run, id);
CREATE INDEX ix_crm_erp_discrepancy_review ON crm_erp_discrepancy (status, kind, id);
CREATE INDEX ix_crm_erp_discrepancy_debtor ON crm_erp_discrepancy (debtor_number);

CREATE TABLE crm_erp_nightly (
    night         DATE          NOT NULL,
    server        VARCHAR(100)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_crm_erp_nightly PRIMARY KEY (night)
);
