-- PostgreSQL only: the search words compare by code point (COLLATE "C"), as SearchWords.after assumes, so that "words
-- from 'muel' up to 'muem'" are exactly those starting with "muel" and the plain B-tree index serves the range, also
-- in a prepared statement's generic plan. Other databases compare VARCHAR binary by default. A finer sample of the
-- words lets the planner tell a rare word's range (a few rows: look each record up) from a common one's.

DROP INDEX ix_crm_account_word_word;
ALTER TABLE crm_account_word ALTER COLUMN word TYPE VARCHAR(100) COLLATE "C";
CREATE INDEX ix_crm_account_word_word ON crm_account_word (word, account_id);
DROP INDEX ix_crm_contact_word_word;
ALTER TABLE crm_contact_word ALTER COLUMN word TYPE VARCHAR(100) COLLATE "C";
CREATE INDEX ix_crm_contact_word_word ON crm_contact_word (word, contact_id);
ALTER TABLE crm_account_word ALTER COLUMN word SET STATISTICS 1000;
ALTER TABLE crm_contact_word ALTER COLUMN word SET STATISTICS 1000;
ANALYZE crm_account_word;
ANALYZE crm_contact_word;
