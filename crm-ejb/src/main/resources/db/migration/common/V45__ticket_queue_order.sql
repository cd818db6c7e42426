-- Queue views show open tickets oldest first, a page at a time: by queue, and by agent ("my tickets"). Nearly every
-- ticket of a busy queue is open, so reading the queue's tickets in opening order and skipping the few solved ones
-- finds a page at once, where the (queue, status, opened_at) index would sort every open ticket first. Portable SQL.

CREATE INDEX ix_crm_ticket_queue_opened ON crm_ticket (queue_id, opened_at);
CREATE INDEX ix_crm_ticket_assignee_opened ON crm_ticket (assignee_id, opened_at);
-- the queue view across all queues (its default): every open ticket in opening order
CREATE INDEX ix_crm_ticket_opened ON crm_ticket (opened_at);
