-- Users and teams. Portable SQL (PostgreSQL, H2, Oracle); the Elytron JDBC realm reads crm_user and crm_user_role.
-- Sequences start at their increment: EclipseLink reads a value as the last of a pre-allocated block of 50.

CREATE SEQUENCE crm_team_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE crm_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_team (
    id           BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    description  VARCHAR(500),
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)  NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_crm_team PRIMARY KEY (id),
    CONSTRAINT uq_crm_team_name UNIQUE (name)
);

CREATE TABLE crm_user (
    id                    BIGINT       NOT NULL,
    username              VARCHAR(40)  NOT NULL,
    display_name          VARCHAR(100) NOT NULL,
    email                 VARCHAR(254),
    password_hash         VARCHAR(100) NOT NULL,
    password_changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    must_change_password  BOOLEAN      NOT NULL,
    active                BOOLEAN      NOT NULL,
    team_id               BIGINT,
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(40)  NOT NULL,
    modified_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by           VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_crm_user PRIMARY KEY (id),
    CONSTRAINT uq_crm_user_username UNIQUE (username),
    CONSTRAINT fk_crm_user_team FOREIGN KEY (team_id) REFERENCES crm_team (id)
);
CREATE INDEX ix_crm_user_team ON crm_user (team_id);
CREATE INDEX ix_crm_user_display_name ON crm_user (display_name);

CREATE TABLE crm_user_role (
    user_id    BIGINT      NOT NULL,
    role_name  VARCHAR(20) NOT NULL,
    CONSTRAINT pk_crm_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_crm_user_role_user FOREIGN KEY (user_id) REFERENCES crm_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_crm_user_role_name CHECK (role_name IN ('SALES', 'MANAGER', 'MARKETING', 'SERVICE', 'ADMIN', 'AUDITOR', 'INTEGRATION'))
);
