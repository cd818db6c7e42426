-- Record-level visibility per area for sales and service: OWN, TEAM or ALL records. Administrators
-- change the visibility on the permissions page; the rows themselves belong to the schema.
-- Portable SQL.

CREATE TABLE crm_area_visibility (
    id          BIGINT       NOT NULL,
    area        VARCHAR(20)  NOT NULL,
    role_name   VARCHAR(20)  NOT NULL,
    visibility  VARCHAR(10)  NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(40)  NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_crm_area_visibility PRIMARY KEY (id),
    CONSTRAINT uq_crm_area_visibility UNIQUE (area, role_name)
);

-- customers are shared by everyone who works with them; leads and opportunities stay in the team
INSERT INTO crm_area_visibility VALUES (1, 'ACCOUNTS', 'SALES', 'ALL', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_area_visibility VALUES (2, 'ACCOUNTS', 'SERVICE', 'ALL', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_area_visibility VALUES (3, 'CONTACTS', 'SALES', 'ALL', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_area_visibility VALUES (4, 'CONTACTS', 'SERVICE', 'ALL', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_area_visibility VALUES (5, 'LEADS', 'SALES', 'TEAM', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_area_visibility VALUES (6, 'OPPORTUNITIES', 'SALES', 'TEAM', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_area_visibility VALUES (7, 'TICKETS', 'SALES', 'ALL', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_area_visibility VALUES (8, 'TICKETS', 'SERVICE', 'ALL', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

-- lists narrowed to a team
CREATE INDEX ix_crm_contact_team ON crm_contact (team_id);
