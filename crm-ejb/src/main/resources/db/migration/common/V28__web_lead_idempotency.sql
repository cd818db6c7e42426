-- Idempotency of the web-to-lead endpoint: a client that repeats a submission with the same Idempotency-Key gets the
-- first answer again instead of a second lead. lead_id is empty for a submission the honeypot caught. Keys are
-- forgotten after a week (nightly). Portable SQL.

CREATE TABLE crm_web_lead_key (
    idempotency_key  VARCHAR(100)  NOT NULL,
    lead_id          BIGINT,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_crm_web_lead_key PRIMARY KEY (idempotency_key)
);
CREATE INDEX ix_crm_web_lead_key_received ON crm_web_lead_key (received_at);
