-- Lead scoring: the administrator's rules (points for a job title keyword, an industry, a company size, a country or
-- postal region, a source, a company or free mail address, repeated submissions), the MQL threshold, and on each
-- lead the rules that made up its score, how often the person sent a form and when it reached MQL. Portable SQL.

CREATE SEQUENCE crm_lead_scoring_rule_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_lead_scoring_rule (
    id              BIGINT        NOT NULL,
    criterion       VARCHAR(30)   NOT NULL,
    match_values    VARCHAR(500),
    points          INTEGER       NOT NULL,
    active          BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(40)   NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by     VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_lead_scoring_rule PRIMARY KEY (id),
    CONSTRAINT ck_crm_lead_scoring_points CHECK (points BETWEEN -100 AND 100)
);

-- 0 switches automatic MQL off
ALTER TABLE crm_lead_settings ADD mql_threshold INTEGER DEFAULT 60 NOT NULL;

ALTER TABLE crm_lead ADD score_breakdown VARCHAR(1000);
ALTER TABLE crm_lead ADD submissions INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE crm_lead ADD last_submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_lead ADD qualified_at TIMESTAMP WITH TIME ZONE;

-- conversion: the account and contact a lead became (the lead stays, as the record of where the customer came from)
ALTER TABLE crm_lead ADD converted_account_id BIGINT;
ALTER TABLE crm_lead ADD converted_contact_id BIGINT;
ALTER TABLE crm_lead ADD converted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_lead ADD CONSTRAINT fk_crm_lead_conv_account FOREIGN KEY (converted_account_id) REFERENCES crm_account (id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD CONSTRAINT fk_crm_lead_conv_contact FOREIGN KEY (converted_contact_id) REFERENCES crm_contact (id) ON DELETE SET NULL;
CREATE INDEX ix_crm_lead_conv_account ON crm_lead (converted_account_id);
CREATE INDEX ix_crm_lead_conv_contact ON crm_lead (converted_contact_id);

-- the same person's next web form is added to their open lead (an engagement the score counts), found by e-mail
UPDATE crm_lead SET email = LOWER(email) WHERE email IS NOT NULL;
CREATE INDEX ix_crm_lead_email ON crm_lead (email);
