-- SLA escalation: each ticket keeps the deadlines of its two clocks as last planned (warning share and target, none
-- while it waits on the customer), how far each clock was escalated (1 warned, 2 breached), whether each target was
-- missed (for the reports on SLA compliance), and when the escalation timer must look at it next. The timer reads
-- only tickets whose next_escalation_at has come, through its index. Portable SQL.

ALTER TABLE crm_ticket ADD first_response_warn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_ticket ADD first_response_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_ticket ADD resolution_warn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_ticket ADD resolution_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_ticket ADD first_response_escalation INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE crm_ticket ADD resolution_escalation INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE crm_ticket ADD first_response_breached BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE crm_ticket ADD resolution_breached BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE crm_ticket ADD next_escalation_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_crm_ticket_next_escalation ON crm_ticket (next_escalation_at);
