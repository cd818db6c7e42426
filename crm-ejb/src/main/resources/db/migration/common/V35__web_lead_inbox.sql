-- The web-lead inbox: a submission the public endpoint accepted is stored here in its own short transaction (the
-- client's 2xx means it is on disk), then the server turns waiting submissions into leads in batches (duplicates,
-- scoring, prediction, routing, audit journal) and deletes them. A submission that fails three times stays with its
-- failure for the administrator to see and retry. Portable SQL.

CREATE SEQUENCE crm_lead_inbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_lead_inbox (
    id               BIGINT        NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    source           VARCHAR(20)   NOT NULL,
    referrer         VARCHAR(500),
    channel          VARCHAR(20),
    address          VARCHAR(64),
    idempotency_key  VARCHAR(100),
    first_name       VARCHAR(100),
    last_name        VARCHAR(100)  NOT NULL,
    email            VARCHAR(254),
    phone            VARCHAR(40),
    company          VARCHAR(200),
    job_title        VARCHAR(100),
    street           VARCHAR(200),
    postal_code      VARCHAR(10),
    city             VARCHAR(100),
    country          VARCHAR(2),
    industry         VARCHAR(100),
    message          VARCHAR(2000),
    language         VARCHAR(5),
    form_id          VARCHAR(60),
    page_url         VARCHAR(500),
    utm_source       VARCHAR(100),
    utm_medium       VARCHAR(100),
    utm_campaign     VARCHAR(100),
    utm_term         VARCHAR(100),
    utm_content      VARCHAR(100),
    attempts         INTEGER       NOT NULL,
    failure          VARCHAR(1000),
    failed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_crm_lead_inbox PRIMARY KEY (id)
);
CREATE INDEX ix_crm_lead_inbox_waiting ON crm_lead_inbox (attempts, id);
