-- The predictive lead score: each lead's predicted chance to convert (0-100) with its strongest factors, and
-- every training of the model on the company's closed leads (who, when, how much history, how well it did on the
-- held-back fifth). Portable SQL.

ALTER TABLE crm_lead ADD predicted_score INTEGER;
ALTER TABLE crm_lead ADD predicted_factors VARCHAR(1000);
ALTER TABLE crm_lead ADD predicted_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE crm_lead_model_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_lead_model_run (
    id            BIGINT        NOT NULL,
    trained_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    converted     INTEGER       NOT NULL,
    disqualified  INTEGER       NOT NULL,
    trained       BOOLEAN       NOT NULL,
    accuracy      NUMERIC(5,4),
    auc           NUMERIC(5,4),
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)   NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_lead_model_run PRIMARY KEY (id)
);
CREATE INDEX ix_crm_lead_model_run_at ON crm_lead_model_run (trained_at);
