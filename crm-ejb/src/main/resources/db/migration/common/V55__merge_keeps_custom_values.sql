-- A merge now also keeps the survivor's custom values it replaced (up to 1000 characters each),
-- so the undo can put them back.
ALTER TABLE crm_merge ALTER COLUMN survivor_before SET DATA TYPE VARCHAR(20000);
