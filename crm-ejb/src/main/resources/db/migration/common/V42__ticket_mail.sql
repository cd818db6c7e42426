-- Service e-mail: who asked by mail (to answer them when no person of the CRM is known or the person has no address),
-- the mail headers of thread entries (Message-ID for threading, unique so a mail is never taken twice), the delivery
-- of replies (pending, sent, failed, with attempts and the relay's last answer), attachments of mails, the service
-- mailbox's log of every mail it read and what became of it, and the reply templates. Portable SQL.

ALTER TABLE crm_ticket ADD requester_email VARCHAR(254);
ALTER TABLE crm_ticket ADD requester_name VARCHAR(200);

ALTER TABLE crm_ticket_message ADD message_id VARCHAR(250);
ALTER TABLE crm_ticket_message ADD mail_from VARCHAR(254);
ALTER TABLE crm_ticket_message ADD mail_to VARCHAR(254);
ALTER TABLE crm_ticket_message ADD mail_subject VARCHAR(300);
ALTER TABLE crm_ticket_message ADD in_reply_to VARCHAR(250);
ALTER TABLE crm_ticket_message ADD mail_references VARCHAR(4000);
ALTER TABLE crm_ticket_message ADD automatic BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE crm_ticket_message ADD delivery VARCHAR(10);
ALTER TABLE crm_ticket_message ADD attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE crm_ticket_message ADD next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_ticket_message ADD sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_ticket_message ADD last_error VARCHAR(500);
ALTER TABLE crm_ticket_message ADD CONSTRAINT ck_crm_ticket_message_delivery CHECK (delivery IS NULL OR delivery IN ('PENDING', 'SENT', 'FAILED'));
-- a mail's Message-ID names one entry: threading finds the ticket by it, and a mail read twice is refused
CREATE UNIQUE INDEX uq_crm_ticket_message_mid ON crm_ticket_message (message_id);
-- the sender picks the replies that are due
CREATE INDEX ix_crm_ticket_message_delivery ON crm_ticket_message (delivery, next_attempt_at);

CREATE SEQUENCE crm_ticket_attachment_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE crm_ticket_attachment (
    id             BIGINT         NOT NULL,
    message_id     BIGINT         NOT NULL,
    file_name      VARCHAR(255)   NOT NULL,
    content_type   VARCHAR(100)   NOT NULL,
    size_bytes     BIGINT         NOT NULL,
    storage_key    VARCHAR(100)   NOT NULL,
    sha256         CHAR(64)       NOT NULL,
    CONSTRAINT pk_crm_ticket_attachment PRIMARY KEY (id),
    CONSTRAINT fk_crm_ticket_attachment_message FOREIGN KEY (message_id) REFERENCES crm_ticket_message (id)
);
CREATE INDEX ix_crm_ticket_attachment_message ON crm_ticket_attachment (message_id);

CREATE SEQUENCE crm_mail_intake_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE crm_mail_intake (
    id             BIGINT         NOT NULL,
    mail_key       VARCHAR(250)   NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    sender         VARCHAR(254),
    subject        VARCHAR(300),
    outcome        VARCHAR(20)    NOT NULL,
    reason         VARCHAR(100),
    ticket_id      BIGINT,
    CONSTRAINT pk_crm_mail_intake PRIMARY KEY (id),
    -- one mail is taken once, however many servers read the mailbox
    CONSTRAINT uq_crm_mail_intake_key UNIQUE (mail_key),
    CONSTRAINT fk_crm_mail_intake_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id),
    CONSTRAINT ck_crm_mail_intake_outcome CHECK (outcome IN ('NEW_TICKET', 'ADDED_TO_TICKET', 'AUTOMATIC_ADDED',
        'AUTOMATIC_IGNORED', 'THROTTLED', 'TOO_LARGE', 'MALFORMED'))
);
-- how many tickets a sender opened within the hour; the mailbox log newest first
CREATE INDEX ix_crm_mail_intake_sender ON crm_mail_intake (sender, outcome, received_at);
CREATE INDEX ix_crm_mail_intake_received ON crm_mail_intake (received_at);
CREATE INDEX ix_crm_mail_intake_ticket ON crm_mail_intake (ticket_id);

CREATE SEQUENCE crm_reply_template_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE crm_reply_template (
    id            BIGINT         NOT NULL,
    name          VARCHAR(100)   NOT NULL,
    language      VARCHAR(5)     NOT NULL,
    body          VARCHAR(4000)  NOT NULL,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)    NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_reply_template PRIMARY KEY (id),
    CONSTRAINT uq_crm_reply_template UNIQUE (name, language)
);

-- the first templates; {customer}, {ticket}, {subject} and {agent} are filled in when an agent picks one
INSERT INTO crm_reply_template (id, name, language, body, version, created_at, created_by, modified_at, modified_by)
VALUES (1, 'Eingangsbestätigung', 'de', 'Guten Tag {customer},

vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Nummer {ticket} aufgenommen und melden uns, sobald wir mehr wissen.

Mit freundlichen Grüßen
{agent}', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_reply_template (id, name, language, body, version, created_at, created_by, modified_at, modified_by)
VALUES (2, 'Rückfrage', 'de', 'Guten Tag {customer},

damit wir Ihr Anliegen „{subject}“ lösen können, brauchen wir noch folgende Angaben:

- 

Mit freundlichen Grüßen
{agent}', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_reply_template (id, name, language, body, version, created_at, created_by, modified_at, modified_by)
VALUES (3, 'Gelöst', 'de', 'Guten Tag {customer},

Ihr Anliegen „{subject}“ ({ticket}) ist gelöst. Sollte noch etwas offen sein, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
{agent}', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
INSERT INTO crm_reply_template (id, name, language, body, version, created_at, created_by, modified_at, modified_by)
VALUES (4, 'Acknowledgement', 'en', 'Hello {customer},

thank you for your message. We have logged your request as {ticket} and will get back to you as soon as we know more.

Kind regards
{agent}', 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
