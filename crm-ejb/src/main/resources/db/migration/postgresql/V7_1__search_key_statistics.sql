-- PostgreSQL only: a finer sample of the search keys, so the planner sees that a common name ("mueller") matches many
-- rows and walks the name index for the first page instead of sorting every match.

ALTER TABLE crm_contact ALTER COLUMN search_key SET STATISTICS 1000;
ALTER TABLE crm_account ALTER COLUMN search_key SET STATISTICS 1000;
ANALYZE crm_contact;
ANALYZE crm_account;
