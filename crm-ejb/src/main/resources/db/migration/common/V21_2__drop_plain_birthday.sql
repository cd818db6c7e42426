-- The plain birthdays are sealed in birthday_sealed (migration 21.1). Portable SQL.

ALTER TABLE crm_contact DROP COLUMN birthday;
