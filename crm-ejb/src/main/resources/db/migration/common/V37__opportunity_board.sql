-- The board and the forecast add up opportunities in euros: an opportunity in another currency keeps the rate it
-- was valued at (euros for one unit) and its amount in euros. The board's columns list a stage's opportunities by
-- expected close. Portable SQL.

ALTER TABLE crm_opportunity ADD exchange_rate NUMERIC(12,6) DEFAULT 1 NOT NULL;
ALTER TABLE crm_opportunity ADD amount_eur NUMERIC(15,2) DEFAULT 0 NOT NULL;
-- opportunities in another currency made before this had no rate: they count at 1 until someone values them again
UPDATE crm_opportunity SET amount_eur = amount;
ALTER TABLE crm_opportunity ADD CONSTRAINT ck_crm_opportunity_rate CHECK (exchange_rate > 0);

CREATE INDEX ix_crm_opportunity_column ON crm_opportunity (stage_id, expected_close);

-- Pipelines and stages are now made by administrators. V36 wrote the default ones with ids 1 to 6, but the
-- sequences' first block (up to 50, allocation 50) would hand out those ids again: they start after the block.
DROP SEQUENCE crm_pipeline_seq;
CREATE SEQUENCE crm_pipeline_seq START WITH 100 INCREMENT BY 50;
DROP SEQUENCE crm_stage_seq;
CREATE SEQUENCE crm_stage_seq START WITH 100 INCREMENT BY 50;
