-- The people of the customer an opportunity is decided by, each with their buying role (decision maker, influencer,
-- user, champion). A merge of people moves them like the person's other rows. Portable SQL.

CREATE SEQUENCE crm_opportunity_contact_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_opportunity_contact (
    id               BIGINT        NOT NULL,
    opportunity_id   BIGINT        NOT NULL,
    contact_id       BIGINT        NOT NULL,
    buying_role      VARCHAR(20)   NOT NULL,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(40)   NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by      VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_opportunity_contact PRIMARY KEY (id),
    CONSTRAINT fk_crm_opp_contact_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id),
    CONSTRAINT fk_crm_opp_contact_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT ck_crm_opp_contact_role CHECK (buying_role IN ('DECISION_MAKER', 'INFLUENCER', 'USER', 'CHAMPION'))
);
CREATE INDEX ix_crm_opp_contact_opportunity ON crm_opportunity_contact (opportunity_id);
CREATE INDEX ix_crm_opp_contact_contact ON crm_opportunity_contact (contact_id);
