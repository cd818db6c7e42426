-- Retention for leads: a lead nobody touched for the rule's months (24 by default) and that never became a customer is
-- proposed for deletion in the retention run, like inactive people. Portable SQL.

INSERT INTO crm_retention_rule (id, kind, months, active, version, created_at, created_by, modified_at, modified_by)
VALUES (3, 'UNTOUCHED_LEADS', 24, TRUE, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');
-- the run looks for leads by their last change
CREATE INDEX ix_crm_lead_modified ON crm_lead (modified_at);
