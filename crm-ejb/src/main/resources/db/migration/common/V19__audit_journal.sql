-- The audit journal: one row per create, update and delete of a business record (and later logins, exports and data
-- protection actions), append-only. Its id is the entry's place in the hash chain; hash covers the entry and the hash
-- of the one before (previous_hash). crm_audit_chain holds the chain's head in one row that appending transactions
-- lock, so ids follow each other without gaps and a journal cut short at its end is noticed. Portable SQL.

CREATE TABLE crm_audit_entry (
    id             BIGINT         NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    username       VARCHAR(40),
    channel        VARCHAR(10)    NOT NULL,
    address        VARCHAR(45),
    action         VARCHAR(20)    NOT NULL,
    record_type    VARCHAR(40),
    record_id      BIGINT,
    record_label   VARCHAR(200),
    changes        VARCHAR(4000),
    previous_hash  CHAR(64)       NOT NULL,
    hash           CHAR(64)       NOT NULL,
    CONSTRAINT pk_crm_audit_entry PRIMARY KEY (id)
);
-- an auditor's searches: a record's history, a user's actions, an action or a time span, newest first
CREATE INDEX ix_crm_audit_entry_record ON crm_audit_entry (record_type, record_id, id);
CREATE INDEX ix_crm_audit_entry_user ON crm_audit_entry (username, id);
CREATE INDEX ix_crm_audit_entry_action ON crm_audit_entry (action, id);
CREATE INDEX ix_crm_audit_entry_at ON crm_audit_entry (at);

CREATE TABLE crm_audit_chain (
    id         BIGINT    NOT NULL,
    last_id    BIGINT    NOT NULL,
    last_hash  CHAR(64)  NOT NULL,
    CONSTRAINT pk_crm_audit_chain PRIMARY KEY (id)
);
INSERT INTO crm_audit_chain (id, last_id, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
