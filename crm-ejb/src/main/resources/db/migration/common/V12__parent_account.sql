-- A company can belong to a parent company (Konzernmutter): one level per row, cycles refused by the application.
-- Portable SQL.

ALTER TABLE crm_account ADD parent_id BIGINT;
ALTER TABLE crm_account ADD CONSTRAINT fk_crm_account_parent FOREIGN KEY (parent_id) REFERENCES crm_account (id);
-- the subsidiaries of a company
CREATE INDEX ix_crm_account_parent ON crm_account (parent_id);
