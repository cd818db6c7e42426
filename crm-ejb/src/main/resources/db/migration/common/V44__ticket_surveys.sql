-- Satisfaction surveys: when a ticket is solved the customer gets a link (a random token, which the mail on the thread
-- shows as well; it only lets its holder answer this one survey) to rate the help (CSAT 1-5 with a comment) and how likely they recommend the company (NPS 0-10). The answer stays
-- with the ticket and the person for the reports. Portable SQL.

CREATE SEQUENCE crm_ticket_survey_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE crm_ticket_survey (
    id              BIGINT         NOT NULL,
    ticket_id       BIGINT         NOT NULL,
    contact_id      BIGINT,
    token           VARCHAR(64)    NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE,
    csat            INTEGER,
    nps             INTEGER,
    answer_comment  VARCHAR(2000),
    version         BIGINT         NOT NULL,
    CONSTRAINT pk_crm_ticket_survey PRIMARY KEY (id),
    CONSTRAINT uq_crm_ticket_survey_ticket UNIQUE (ticket_id),
    CONSTRAINT uq_crm_ticket_survey_token UNIQUE (token),
    CONSTRAINT fk_crm_ticket_survey_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id),
    CONSTRAINT fk_crm_ticket_survey_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id),
    CONSTRAINT ck_crm_ticket_survey_csat CHECK (csat IS NULL OR (csat >= 1 AND csat <= 5)),
    CONSTRAINT ck_crm_ticket_survey_nps CHECK (nps IS NULL OR (nps >= 0 AND nps <= 10))
);
CREATE INDEX ix_crm_ticket_survey_contact ON crm_ticket_survey (contact_id);
CREATE INDEX ix_crm_ticket_survey_answered ON crm_ticket_survey (answered_at);
