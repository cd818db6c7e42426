-- Service tickets: queues (a team's agents with their capacity and skills, the assignment policy, business hours
-- and the federal state whose holidays close it), SLA policies by priority and customer tier in business minutes,
-- tickets numbered T-<year>-<number> from the number range, their thread of messages, the spans they waited on the
-- customer, and every assignment decision. Times of day are minutes after midnight, so no TIME type is needed.
-- Portable SQL.

CREATE SEQUENCE crm_ticket_queue_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_queue_member_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_sla_policy_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_ticket_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_ticket_message_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_ticket_pause_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_assignment_record_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE crm_ticket_queue (
    id                BIGINT        NOT NULL,
    name              VARCHAR(100)  NOT NULL,
    team_id           BIGINT,
    policy            VARCHAR(20)   NOT NULL,
    last_assigned_id  BIGINT,
    opens_minute      INTEGER       NOT NULL,
    closes_minute     INTEGER       NOT NULL,
    holiday_state     CHAR(2)       NOT NULL,
    time_zone         VARCHAR(40)   NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(40)   NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by       VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_ticket_queue PRIMARY KEY (id),
    CONSTRAINT uq_crm_ticket_queue_name UNIQUE (name),
    CONSTRAINT fk_crm_ticket_queue_team FOREIGN KEY (team_id) REFERENCES crm_team (id),
    CONSTRAINT ck_crm_ticket_queue_policy CHECK (policy IN ('ROUND_ROBIN', 'LEAST_OPEN', 'SKILLS')),
    CONSTRAINT ck_crm_ticket_queue_hours CHECK (opens_minute >= 0 AND closes_minute <= 1440 AND opens_minute < closes_minute)
);
CREATE INDEX ix_crm_ticket_queue_team ON crm_ticket_queue (team_id);

CREATE TABLE crm_queue_member (
    id            BIGINT        NOT NULL,
    queue_id      BIGINT        NOT NULL,
    user_id       BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    capacity      INTEGER       NOT NULL,
    categories    VARCHAR(500),
    languages     VARCHAR(100),
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)   NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_queue_member PRIMARY KEY (id),
    CONSTRAINT uq_crm_queue_member UNIQUE (queue_id, user_id),
    CONSTRAINT fk_crm_queue_member_queue FOREIGN KEY (queue_id) REFERENCES crm_ticket_queue (id),
    CONSTRAINT fk_crm_queue_member_user FOREIGN KEY (user_id) REFERENCES crm_user (id),
    CONSTRAINT ck_crm_queue_member_capacity CHECK (capacity >= 0)
);
CREATE INDEX ix_crm_queue_member_user ON crm_queue_member (user_id);

CREATE TABLE crm_sla_policy (
    id                       BIGINT        NOT NULL,
    priority                 VARCHAR(10)   NOT NULL,
    customer_tier            VARCHAR(10)   NOT NULL,
    first_response_minutes   INTEGER       NOT NULL,
    resolution_minutes       INTEGER       NOT NULL,
    warn_percent             INTEGER       NOT NULL,
    version                  BIGINT        NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by               VARCHAR(40)   NOT NULL,
    modified_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by              VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_sla_policy PRIMARY KEY (id),
    CONSTRAINT uq_crm_sla_policy UNIQUE (priority, customer_tier),
    CONSTRAINT ck_crm_sla_policy_minutes CHECK (first_response_minutes > 0 AND resolution_minutes >= first_response_minutes),
    CONSTRAINT ck_crm_sla_policy_warn CHECK (warn_percent > 0 AND warn_percent < 100)
);

CREATE TABLE crm_ticket (
    id                 BIGINT         NOT NULL,
    ticket_number      VARCHAR(20)    NOT NULL,
    subject            VARCHAR(300)   NOT NULL,
    description        VARCHAR(4000),
    account_id         BIGINT,
    contact_id         BIGINT,
    channel            VARCHAR(10)    NOT NULL,
    category           VARCHAR(60),
    language           VARCHAR(5),
    priority           VARCHAR(10)    NOT NULL,
    customer_tier      VARCHAR(10)    NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    queue_id           BIGINT         NOT NULL,
    assignee_id        BIGINT,
    opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_at  TIMESTAMP WITH TIME ZONE,
    solved_at          TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    version            BIGINT         NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(40)    NOT NULL,
    modified_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by        VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_ticket PRIMARY KEY (id),
    CONSTRAINT uq_crm_ticket_number UNIQUE (ticket_number),
    CONSTRAINT fk_crm_ticket_account FOREIGN KEY (account_id) REFERENCES crm_account (id),
    CONSTRAINT fk_crm_ticket_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT fk_crm_ticket_queue FOREIGN KEY (queue_id) REFERENCES crm_ticket_queue (id),
    CONSTRAINT fk_crm_ticket_assignee FOREIGN KEY (assignee_id) REFERENCES crm_user (id),
    CONSTRAINT ck_crm_ticket_channel CHECK (channel IN ('EMAIL', 'PHONE', 'WEB_FORM', 'API')),
    CONSTRAINT ck_crm_ticket_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    CONSTRAINT ck_crm_ticket_tier CHECK (customer_tier IN ('STANDARD', 'PREMIUM')),
    CONSTRAINT ck_crm_ticket_status CHECK (status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'SOLVED', 'CLOSED'))
);
-- queue views and "my tickets" page through open tickets by status, oldest first
CREATE INDEX ix_crm_ticket_queue_status ON crm_ticket (queue_id, status, opened_at);
CREATE INDEX ix_crm_ticket_assignee_status ON crm_ticket (assignee_id, status, opened_at);
CREATE INDEX ix_crm_ticket_account ON crm_ticket (account_id);
CREATE INDEX ix_crm_ticket_contact ON crm_ticket (contact_id);

CREATE TABLE crm_ticket_message (
    id            BIGINT         NOT NULL,
    ticket_id     BIGINT         NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    author_id     BIGINT,
    body          VARCHAR(4000)  NOT NULL,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)    NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_ticket_message PRIMARY KEY (id),
    CONSTRAINT fk_crm_ticket_message_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id),
    CONSTRAINT fk_crm_ticket_message_author FOREIGN KEY (author_id) REFERENCES crm_user (id),
    CONSTRAINT ck_crm_ticket_message_kind CHECK (kind IN ('INBOUND_EMAIL', 'OUTBOUND_EMAIL', 'PHONE_NOTE', 'INTERNAL_NOTE'))
);
CREATE INDEX ix_crm_ticket_message_ticket ON crm_ticket_message (ticket_id, created_at);
CREATE INDEX ix_crm_ticket_message_author ON crm_ticket_message (author_id);

CREATE TABLE crm_ticket_pause (
    id            BIGINT        NOT NULL,
    ticket_id     BIGINT        NOT NULL,
    paused_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    paused_to     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_crm_ticket_pause PRIMARY KEY (id),
    CONSTRAINT fk_crm_ticket_pause_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id)
);
CREATE INDEX ix_crm_ticket_pause_ticket ON crm_ticket_pause (ticket_id);

CREATE TABLE crm_assignment_record (
    id             BIGINT         NOT NULL,
    ticket_id      BIGINT         NOT NULL,
    assignee_id    BIGINT,
    policy         VARCHAR(20),
    reason         VARCHAR(60)    NOT NULL,
    arguments      VARCHAR(200),
    skipped        VARCHAR(1000),
    note           VARCHAR(500),
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by     VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_assignment_record PRIMARY KEY (id),
    CONSTRAINT fk_crm_assignment_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id),
    CONSTRAINT fk_crm_assignment_assignee FOREIGN KEY (assignee_id) REFERENCES crm_user (id)
);
CREATE INDEX ix_crm_assignment_ticket ON crm_assignment_record (ticket_id, decided_at);
CREATE INDEX ix_crm_assignment_assignee ON crm_assignment_record (assignee_id);

-- the first queue; its agents are added by the administrator (the demo adds the service team)
INSERT INTO crm_ticket_queue (id, name, team_id, policy, last_assigned_id, opens_minute, closes_minute, holiday_state, time_zone,
                              version, created_at, created_by, modified_at, modified_by)
VALUES (1, 'Kundenservice', NULL, 'LEAST_OPEN', NULL, 480, 1020, 'BY', 'Europe/Berlin', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

-- targets in business minutes: first response and resolution by priority, halved for premium customers
INSERT INTO crm_sla_policy (id, priority, customer_tier, first_response_minutes, resolution_minutes, warn_percent,
                            version, created_at, created_by, modified_at, modified_by) VALUES
    (1, 'URGENT', 'STANDARD', 60, 480, 75, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_sla_policy (id, priority, customer_tier, first_response_minutes, resolution_minutes, warn_percent,
                            version, created_at, created_by, modified_at, modified_by) VALUES
    (2, 'HIGH', 'STANDARD', 240, 1440, 75, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_sla_policy (id, priority, customer_tier, first_response_minutes, resolution_minutes, warn_percent,
                            version, created_at, created_by, modified_at, modified_by) VALUES
    (3, 'NORMAL', 'STANDARD', 480, 2400, 75, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_sla_policy (id, priority, customer_tier, first_response_minutes, resolution_minutes, warn_percent,
                            version, created_at, created_by, modified_at, modified_by) VALUES
    (4, 'LOW', 'STANDARD', 960, 4800, 75, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_sla_policy (id, priority, customer_tier, first_response_minutes, resolution_minutes, warn_percent,
                            version, created_at, created_by, modified_at, modified_by) VALUES
    (5, 'URGENT', 'PREMIUM', 30, 240, 75, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_sla_policy (id, priority, customer_tier, first_response_minutes, resolution_minutes, warn_percent,
                            version, created_at, created_by, modified_at, modified_by) VALUES
    (6, 'HIGH', 'PREMIUM', 120, 720, 75, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_sla_policy (id, priority, customer_tier, first_response_minutes, resolution_minutes, warn_percent,
                            version, created_at, created_by, modified_at, modified_by) VALUES
    (7, 'NORMAL', 'PREMIUM', 240, 1200, 75, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_sla_policy (id, priority, customer_tier, first_response_minutes, resolution_minutes, warn_percent,
                            version, created_at, created_by, modified_at, modified_by) VALUES
    (8, 'LOW', 'PREMIUM', 480, 2400, 75, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

INSERT INTO crm_number_range (name, range_year, last_number) VALUES ('TICKET', 2000, 0);
