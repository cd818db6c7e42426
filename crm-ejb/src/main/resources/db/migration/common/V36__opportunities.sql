-- The sales pipeline: pipelines (new business, renewals, ...) with their stages in order (German and English name,
-- default probability, forecast category, open/won/lost), opportunities (Verkaufschancen) on an account going
-- through them, and every stage change with its date, so the time in each stage is known. The default pipeline
-- and its stages follow the specification. Portable SQL.

CREATE SEQUENCE crm_pipeline_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE crm_stage_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE crm_opportunity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE crm_stage_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_pipeline (
    id            BIGINT        NOT NULL,
    name_de       VARCHAR(100)  NOT NULL,
    name_en       VARCHAR(100)  NOT NULL,
    position      INTEGER       NOT NULL,
    active        BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)   NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_pipeline PRIMARY KEY (id)
);

CREATE TABLE crm_stage (
    id                 BIGINT        NOT NULL,
    pipeline_id        BIGINT        NOT NULL,
    name_de            VARCHAR(100)  NOT NULL,
    name_en            VARCHAR(100)  NOT NULL,
    position           INTEGER       NOT NULL,
    probability        INTEGER       NOT NULL,
    forecast_category  VARCHAR(20)   NOT NULL,
    outcome            VARCHAR(10)   NOT NULL,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(40)   NOT NULL,
    modified_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by        VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_stage PRIMARY KEY (id),
    CONSTRAINT fk_crm_stage_pipeline FOREIGN KEY (pipeline_id) REFERENCES crm_pipeline (id),
    CONSTRAINT ck_crm_stage_probability CHECK (probability BETWEEN 0 AND 100),
    CONSTRAINT ck_crm_stage_forecast CHECK (forecast_category IN ('PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED')),
    CONSTRAINT ck_crm_stage_outcome CHECK (outcome IN ('OPEN', 'WON', 'LOST'))
);
CREATE INDEX ix_crm_stage_pipeline ON crm_stage (pipeline_id, position);

CREATE TABLE crm_opportunity (
    id                 BIGINT         NOT NULL,
    name               VARCHAR(200)   NOT NULL,
    account_id         BIGINT         NOT NULL,
    contact_id         BIGINT,
    pipeline_id        BIGINT         NOT NULL,
    stage_id           BIGINT         NOT NULL,
    amount             NUMERIC(15,2)  NOT NULL,
    currency           VARCHAR(3)     NOT NULL,
    probability        INTEGER        NOT NULL,
    expected_close     DATE           NOT NULL,
    forecast_category  VARCHAR(20)    NOT NULL,
    next_step          VARCHAR(500),
    competitors        VARCHAR(500),
    source             VARCHAR(20),
    lead_id            BIGINT,
    lost_reason        VARCHAR(500),
    closed_at          TIMESTAMP WITH TIME ZONE,
    stage_since        TIMESTAMP WITH TIME ZONE NOT NULL,
    owner_id           BIGINT         NOT NULL,
    team_id            BIGINT,
    version            BIGINT         NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(40)    NOT NULL,
    modified_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by        VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_opportunity PRIMARY KEY (id),
    CONSTRAINT fk_crm_opportunity_account FOREIGN KEY (account_id) REFERENCES crm_account (id),
    CONSTRAINT fk_crm_opportunity_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT fk_crm_opportunity_pipeline FOREIGN KEY (pipeline_id) REFERENCES crm_pipeline (id),
    CONSTRAINT fk_crm_opportunity_stage FOREIGN KEY (stage_id) REFERENCES crm_stage (id),
    CONSTRAINT fk_crm_opportunity_owner FOREIGN KEY (owner_id) REFERENCES crm_user (id),
    CONSTRAINT fk_crm_opportunity_team FOREIGN KEY (team_id) REFERENCES crm_team (id),
    CONSTRAINT ck_crm_opportunity_amount CHECK (amount >= 0),
    CONSTRAINT ck_crm_opportunity_probability CHECK (probability BETWEEN 0 AND 100),
    CONSTRAINT ck_crm_opportunity_forecast CHECK (forecast_category IN ('PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED'))
);
-- the board and list (pipeline and stage, owner, team, close period), an account's opportunities
CREATE INDEX ix_crm_opportunity_stage ON crm_opportunity (pipeline_id, stage_id);
CREATE INDEX ix_crm_opportunity_owner ON crm_opportunity (owner_id, expected_close);
CREATE INDEX ix_crm_opportunity_team ON crm_opportunity (team_id);
CREATE INDEX ix_crm_opportunity_close ON crm_opportunity (expected_close);
CREATE INDEX ix_crm_opportunity_account ON crm_opportunity (account_id);
CREATE INDEX ix_crm_opportunity_lead ON crm_opportunity (lead_id);

CREATE TABLE crm_stage_change (
    id               BIGINT        NOT NULL,
    opportunity_id   BIGINT        NOT NULL,
    from_stage_id    BIGINT,
    to_stage_id      BIGINT        NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_stage_change PRIMARY KEY (id),
    CONSTRAINT fk_crm_stage_change_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id),
    CONSTRAINT fk_crm_stage_change_from FOREIGN KEY (from_stage_id) REFERENCES crm_stage (id),
    CONSTRAINT fk_crm_stage_change_to FOREIGN KEY (to_stage_id) REFERENCES crm_stage (id)
);
CREATE INDEX ix_crm_stage_change_opportunity ON crm_stage_change (opportunity_id, changed_at);

INSERT INTO crm_pipeline (id, name_de, name_en, position, active, version, created_at, created_by, modified_at, modified_by)
VALUES (1, 'Neugeschäft', 'New business', 1, TRUE, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

INSERT INTO crm_stage (id, pipeline_id, name_de, name_en, position, probability, forecast_category, outcome, version, created_at, created_by, modified_at, modified_by) VALUES
    (1, 1, 'Qualifizierung', 'Qualification', 1, 10, 'PIPELINE', 'OPEN', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_stage (id, pipeline_id, name_de, name_en, position, probability, forecast_category, outcome, version, created_at, created_by, modified_at, modified_by) VALUES
    (2, 1, 'Bedarfsanalyse', 'Needs analysis', 2, 20, 'PIPELINE', 'OPEN', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_stage (id, pipeline_id, name_de, name_en, position, probability, forecast_category, outcome, version, created_at, created_by, modified_at, modified_by) VALUES
    (3, 1, 'Angebot', 'Proposal', 3, 50, 'BEST_CASE', 'OPEN', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_stage (id, pipeline_id, name_de, name_en, position, probability, forecast_category, outcome, version, created_at, created_by, modified_at, modified_by) VALUES
    (4, 1, 'Verhandlung', 'Negotiation', 4, 80, 'COMMIT', 'OPEN', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_stage (id, pipeline_id, name_de, name_en, position, probability, forecast_category, outcome, version, created_at, created_by, modified_at, modified_by) VALUES
    (5, 1, 'Gewonnen', 'Won', 5, 100, 'CLOSED', 'WON', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_stage (id, pipeline_id, name_de, name_en, position, probability, forecast_category, outcome, version, created_at, created_by, modified_at, modified_by) VALUES
    (6, 1, 'Verloren', 'Lost', 6, 0, 'OMITTED', 'LOST', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

-- the opportunity a lead became at its conversion, for the lead's page to lead there
ALTER TABLE crm_lead ADD converted_opportunity_id BIGINT;

-- a merge of companies or people moves their opportunities too (kind OPPORTUNITY is longer than ten characters)
ALTER TABLE crm_merge_moved ALTER COLUMN kind SET DATA TYPE VARCHAR(20);
