-- Merging duplicate companies with undo, as V6 did for people: a merged company stays as it was, marked with the company
-- it went into, and is left out of lists, searches and duplicate checks. Portable SQL.

ALTER TABLE crm_account ADD merged_into_id BIGINT;
ALTER TABLE crm_account ADD CONSTRAINT fk_crm_account_merged FOREIGN KEY (merged_into_id) REFERENCES crm_account (id);
CREATE INDEX ix_crm_account_merged ON crm_account (merged_into_id);
