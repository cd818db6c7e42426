-- The service figures count the tickets solved in a period (SLA compliance): an index on the solving time lets them
-- read only that period's tickets. Portable SQL.

CREATE INDEX ix_crm_ticket_solved ON crm_ticket (solved_at);
