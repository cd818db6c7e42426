-- The global search's words (SearchWords): each record's search and phonetic keys cut into single words, one row each,
-- so a typed word is found at a word's start through a B-tree index instead of a substring scan of every key.
-- A typed word is looked up as a range (from "muel" up to "muem"), which needs the words compared by code point: the
-- default of H2 and Oracle; on PostgreSQL V18.2 makes the column COLLATE "C". V18.1 (Java, FillSearchWords) fills the
-- words of existing rows. Portable SQL.

CREATE TABLE crm_account_word (
    account_id  BIGINT        NOT NULL,
    word        VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_crm_account_word PRIMARY KEY (account_id, word),
    CONSTRAINT fk_crm_account_word_account FOREIGN KEY (account_id) REFERENCES crm_account (id)
);
CREATE INDEX ix_crm_account_word_word ON crm_account_word (word, account_id);

CREATE TABLE crm_contact_word (
    contact_id  BIGINT        NOT NULL,
    word        VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_crm_contact_word PRIMARY KEY (contact_id, word),
    CONSTRAINT fk_crm_contact_word_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id)
);
CREATE INDEX ix_crm_contact_word_word ON crm_contact_word (word, contact_id);
