-- Lead webhooks of social networks and other platforms: the key in their address, the source their leads count as,
-- the shared secret that signs each delivery (sealed by AES-GCM when field keys are configured) and where each lead
-- field is found in the delivery (PayloadMapping). Portable SQL.

CREATE SEQUENCE crm_lead_webhook_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_lead_webhook (
    id            BIGINT        NOT NULL,
    hook_key      VARCHAR(60)   NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    source        VARCHAR(20)   NOT NULL,
    secret        VARCHAR(300)  NOT NULL,
    mapping       VARCHAR(2000) NOT NULL,
    active        BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)   NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_lead_webhook PRIMARY KEY (id),
    CONSTRAINT uq_crm_lead_webhook_key UNIQUE (hook_key)
);
