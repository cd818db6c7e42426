-- The journal (calls, meetings, e-mails, notes) and tasks, each about an account, a contact or both. Portable SQL.

CREATE SEQUENCE crm_activity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_activity (
    id                BIGINT        NOT NULL,
    type              VARCHAR(10)   NOT NULL,
    subject           VARCHAR(200)  NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes  INTEGER,
    participants      VARCHAR(500),
    outcome           VARCHAR(4000),
    account_id        BIGINT,
    contact_id        BIGINT,
    author_id         BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(40)   NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by       VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_activity PRIMARY KEY (id),
    CONSTRAINT fk_crm_activity_account FOREIGN KEY (account_id) REFERENCES crm_account (id),
    CONSTRAINT fk_crm_activity_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT fk_crm_activity_author FOREIGN KEY (author_id) REFERENCES crm_user (id),
    CONSTRAINT ck_crm_activity_target CHECK (account_id IS NOT NULL OR contact_id IS NOT NULL),
    CONSTRAINT ck_crm_activity_duration CHECK (duration_minutes BETWEEN 0 AND 1440)
);
-- the timelines: newest first per company and per person
CREATE INDEX ix_crm_activity_account_time ON crm_activity (account_id, occurred_at);
CREATE INDEX ix_crm_activity_contact_time ON crm_activity (contact_id, occurred_at);
CREATE INDEX ix_crm_activity_author ON crm_activity (author_id);

CREATE SEQUENCE crm_task_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_task (
    id           BIGINT        NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    due_date     DATE          NOT NULL,
    priority     SMALLINT      NOT NULL,
    remind_at    TIMESTAMP WITH TIME ZONE,
    done_at      TIMESTAMP WITH TIME ZONE,
    done_by      VARCHAR(40),
    assignee_id  BIGINT        NOT NULL,
    account_id   BIGINT,
    contact_id   BIGINT,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)   NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_task PRIMARY KEY (id),
    CONSTRAINT fk_crm_task_assignee FOREIGN KEY (assignee_id) REFERENCES crm_user (id),
    CONSTRAINT fk_crm_task_account FOREIGN KEY (account_id) REFERENCES crm_account (id),
    CONSTRAINT fk_crm_task_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT ck_crm_task_target CHECK (account_id IS NOT NULL OR contact_id IS NOT NULL),
    CONSTRAINT ck_crm_task_priority CHECK (priority BETWEEN 1 AND 3)
);
-- "my open tasks": a user's tasks not done yet, earliest due first
CREATE INDEX ix_crm_task_assignee_open ON crm_task (assignee_id, done_at, due_date);
CREATE INDEX ix_crm_task_account ON crm_task (account_id, done_at);
CREATE INDEX ix_crm_task_contact ON crm_task (contact_id, done_at);
