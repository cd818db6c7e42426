-- Leads with their origin (Herkunft), status and score, the routing rules that give them an owner, what routing
-- needs to know about users (capacity, weight, absences) and the lead settings (default owner). Portable SQL.

CREATE SEQUENCE crm_lead_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_lead (
    id                  BIGINT        NOT NULL,
    first_name          VARCHAR(100),
    last_name           VARCHAR(100)  NOT NULL,
    email               VARCHAR(254),
    phone               VARCHAR(40),
    company             VARCHAR(200),
    job_title           VARCHAR(100),
    industry            VARCHAR(100),
    company_size        VARCHAR(20),
    street              VARCHAR(200),
    postal_code         VARCHAR(10),
    city                VARCHAR(100),
    state               VARCHAR(40),
    country             VARCHAR(2),
    language            VARCHAR(5),
    message             VARCHAR(2000),
    status              VARCHAR(20)   NOT NULL,
    status_reason       VARCHAR(20),
    status_note         VARCHAR(500),
    score               INTEGER       NOT NULL,
    source              VARCHAR(20)   NOT NULL,
    form_id             VARCHAR(60),
    page_url            VARCHAR(500),
    referrer            VARCHAR(500),
    utm_source          VARCHAR(100),
    utm_medium          VARCHAR(100),
    utm_campaign        VARCHAR(100),
    utm_term            VARCHAR(100),
    utm_content         VARCHAR(100),
    captured_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    owner_id            BIGINT,
    team_id             BIGINT,
    routed_at           TIMESTAMP WITH TIME ZONE,
    routing_rule_id     BIGINT,
    routing_rule_name   VARCHAR(100),
    routing_trace       VARCHAR(2000),
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(40)   NOT NULL,
    modified_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by         VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_lead PRIMARY KEY (id),
    CONSTRAINT fk_crm_lead_owner FOREIGN KEY (owner_id) REFERENCES crm_user (id),
    CONSTRAINT fk_crm_lead_team FOREIGN KEY (team_id) REFERENCES crm_team (id),
    CONSTRAINT ck_crm_lead_status CHECK (status IN ('NEW', 'ASSIGNED', 'WORKING', 'MQL', 'SQL', 'CONVERTED', 'DISQUALIFIED', 'RECYCLED')),
    CONSTRAINT ck_crm_lead_source CHECK (source IN ('WEB_FORM', 'IMPORT', 'API', 'EVENT', 'REFERRAL', 'CAMPAIGN', 'SOCIAL', 'PHONE', 'OTHER'))
);
-- the list's filters and sorts, the inbox (owner and status), open leads per owner for routing, a rule's recent leads
CREATE INDEX ix_crm_lead_owner_status ON crm_lead (owner_id, status);
CREATE INDEX ix_crm_lead_team ON crm_lead (team_id);
CREATE INDEX ix_crm_lead_status ON crm_lead (status);
CREATE INDEX ix_crm_lead_source ON crm_lead (source);
CREATE INDEX ix_crm_lead_captured ON crm_lead (captured_at);
CREATE INDEX ix_crm_lead_score ON crm_lead (score);
CREATE INDEX ix_crm_lead_last_name ON crm_lead (last_name);
CREATE INDEX ix_crm_lead_rule ON crm_lead (routing_rule_id, routed_at);

CREATE SEQUENCE crm_lead_routing_rule_seq START WITH 50 INCREMENT BY 50;

-- conditions are kept as short lists ("DE,AT", "0-1,4"): a rule is read whole, never searched by its conditions
CREATE TABLE crm_lead_routing_rule (
    id                  BIGINT        NOT NULL,
    sort_order          INTEGER       NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    active              BOOLEAN       NOT NULL,
    countries           VARCHAR(200),
    postal_ranges       VARCHAR(200),
    industries          VARCHAR(500),
    company_sizes       VARCHAR(100),
    sources             VARCHAR(200),
    languages           VARCHAR(50),
    min_score           INTEGER,
    max_score           INTEGER,
    target_user_id      BIGINT,
    target_team_id      BIGINT,
    distribution        VARCHAR(20)   NOT NULL,
    last_assigned_id    BIGINT,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(40)   NOT NULL,
    modified_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by         VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_lead_routing_rule PRIMARY KEY (id),
    CONSTRAINT fk_crm_lead_rule_user FOREIGN KEY (target_user_id) REFERENCES crm_user (id),
    CONSTRAINT fk_crm_lead_rule_team FOREIGN KEY (target_team_id) REFERENCES crm_team (id),
    CONSTRAINT ck_crm_lead_rule_target CHECK ((target_user_id IS NULL AND target_team_id IS NOT NULL)
                                           OR (target_user_id IS NOT NULL AND target_team_id IS NULL)),
    CONSTRAINT ck_crm_lead_rule_distribution CHECK (distribution IN ('ROUND_ROBIN', 'LEAST_OPEN', 'WEIGHTED'))
);
CREATE INDEX ix_crm_lead_rule_position ON crm_lead_routing_rule (sort_order);

-- routing: how many open leads a user takes at most (none: no limit) and their share in a weighted team
ALTER TABLE crm_user ADD lead_capacity INTEGER;
ALTER TABLE crm_user ADD lead_weight INTEGER DEFAULT 1 NOT NULL;

CREATE SEQUENCE crm_user_absence_seq START WITH 50 INCREMENT BY 50;

-- the absence calendar: routing skips a user on these days (first and last day included)
CREATE TABLE crm_user_absence (
    id           BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    first_day    DATE          NOT NULL,
    last_day     DATE          NOT NULL,
    note         VARCHAR(200),
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)   NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_user_absence PRIMARY KEY (id),
    CONSTRAINT fk_crm_user_absence_user FOREIGN KEY (user_id) REFERENCES crm_user (id),
    CONSTRAINT ck_crm_user_absence_days CHECK (first_day <= last_day)
);
CREATE INDEX ix_crm_user_absence_user ON crm_user_absence (user_id, last_day);

-- one row: who gets a lead no rule takes (none: it waits unassigned)
CREATE TABLE crm_lead_settings (
    id                BIGINT   NOT NULL,
    default_owner_id  BIGINT,
    version           BIGINT   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(40)  NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by       VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_crm_lead_settings PRIMARY KEY (id),
    CONSTRAINT fk_crm_lead_settings_owner FOREIGN KEY (default_owner_id) REFERENCES crm_user (id)
);
INSERT INTO crm_lead_settings (id, default_owner_id, version, created_at, created_by, modified_at, modified_by)
    VALUES (1, NULL, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
