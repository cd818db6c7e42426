-- Retention (DSGVO Art. 5 Abs. 1 lit. e, Art. 17): rules per area, runs that first only propose what is due (a dry run
-- the data protection officer reviews), then carry it out once approved; the candidates of a carried-out run are the
-- deletion log (what went, by which rule, when, approved by whom), their names cleared once deleted. Portable SQL.

CREATE SEQUENCE crm_retention_rule_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE crm_retention_rule (
    id           BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    months       INTEGER,
    active       BOOLEAN       NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)   NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_retention_rule PRIMARY KEY (id),
    CONSTRAINT uq_crm_retention_rule_kind UNIQUE (kind),
    CONSTRAINT ck_crm_retention_rule_months CHECK (months IS NULL OR months BETWEEN 1 AND 600)
);
INSERT INTO crm_retention_rule (id, kind, months, active, version, created_at, created_by, modified_at, modified_by)
VALUES (1, 'EXPIRED_RESTRICTIONS', NULL, TRUE, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_retention_rule (id, kind, months, active, version, created_at, created_by, modified_at, modified_by)
VALUES (2, 'INACTIVE_PEOPLE', 36, TRUE, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

CREATE SEQUENCE crm_retention_run_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE crm_retention_run (
    id           BIGINT        NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    candidates   INTEGER       NOT NULL,
    carried_out  INTEGER       NOT NULL,
    skipped      INTEGER       NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE,
    decided_by   VARCHAR(40),
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)   NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_retention_run PRIMARY KEY (id),
    CONSTRAINT ck_crm_retention_run_status CHECK (status IN ('PROPOSED', 'CARRIED_OUT', 'DISCARDED'))
);
CREATE INDEX ix_crm_retention_run_time ON crm_retention_run (created_at);

CREATE SEQUENCE crm_retention_candidate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE crm_retention_candidate (
    id           BIGINT        NOT NULL,
    run_id       BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    record_type  VARCHAR(40)   NOT NULL,
    record_id    BIGINT        NOT NULL,
    label        VARCHAR(200),
    due_since    DATE          NOT NULL,
    outcome      VARCHAR(10)   NOT NULL,
    CONSTRAINT pk_crm_retention_candidate PRIMARY KEY (id),
    CONSTRAINT fk_crm_retention_candidate_run FOREIGN KEY (run_id) REFERENCES crm_retention_run (id),
    CONSTRAINT ck_crm_retention_candidate_outcome CHECK (outcome IN ('PENDING', 'DONE', 'SKIPPED'))
);
CREATE INDEX ix_crm_retention_candidate_run ON crm_retention_candidate (run_id, id);

-- the inactive-people rule looks for people untouched since a day
CREATE INDEX ix_crm_contact_modified ON crm_contact (modified_at);
