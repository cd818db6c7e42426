-- PostgreSQL only: trigram indexes (pg_trgm, a trusted extension the database owner may create) let the searches'
-- portable LIKE '%...%' on the folded search keys and word-start LIKE on the phonetic keys use an index instead of
-- reading every row. Other databases run the same queries without them.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_crm_account_search_trgm ON crm_account USING gin (search_key gin_trgm_ops);
CREATE INDEX ix_crm_account_phonetic_trgm ON crm_account USING gin (phonetic_key gin_trgm_ops);
CREATE INDEX ix_crm_contact_search_trgm ON crm_contact USING gin (search_key gin_trgm_ops);
CREATE INDEX ix_crm_contact_phonetic_trgm ON crm_contact USING gin (phonetic_key gin_trgm_ops);
