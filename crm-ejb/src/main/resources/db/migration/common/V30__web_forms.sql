-- The company's web forms: the key their leads carry as form id, the source they count as, the language of the
-- snippet's labels, the thank-you page, and the websites (origins) allowed to send them from a browser. Portable SQL.

CREATE SEQUENCE crm_web_form_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_web_form (
    id               BIGINT        NOT NULL,
    form_key         VARCHAR(60)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    source           VARCHAR(20)   NOT NULL,
    language         VARCHAR(5)    NOT NULL,
    thank_you_url    VARCHAR(500),
    allowed_origins  VARCHAR(1000),
    active           BOOLEAN       NOT NULL,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(40)   NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by      VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_web_form PRIMARY KEY (id),
    CONSTRAINT uq_crm_web_form_key UNIQUE (form_key)
);
