-- Whose turn it is in a routing rule is kept by the server's routing ledger and, after a start,
-- read from the rule's latest lead (ix_crm_lead_rule): the rule row is no longer written for every
-- lead, which locked it for every capture.
ALTER TABLE crm_lead_routing_rule DROP COLUMN last_assigned_id;
