-- Escalation of new leads nobody started on: after how many hours the owner's manager hears of it (0: never),
-- whether the lead is routed again too, and when each lead was escalated (once). Portable SQL.

ALTER TABLE crm_lead_settings ADD escalate_after_hours INTEGER DEFAULT 24 NOT NULL;
ALTER TABLE crm_lead_settings ADD escalation_reroute BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE crm_lead ADD escalated_at TIMESTAMP WITH TIME ZONE;
