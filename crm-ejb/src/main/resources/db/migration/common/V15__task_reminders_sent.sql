-- Task reminders go out by e-mail once: reminded_at is when. The reminder run looks for due, unsent reminders by time.
-- Portable SQL.

ALTER TABLE crm_task ADD reminded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_crm_task_remind ON crm_task (remind_at);
