-- crm_erp_figures_due is only ever read whole: the debtors due for summing, collected at the end of a run and emptied
-- again. Its primary key cost an index entry per debtor on a first load (1,000,000) and checked nothing the collecting
-- statement does not guarantee already (it selects the key of crm_erp_debtor).
-- Portable SQL.

ALTER TABLE crm_erp_figures_due DROP CONSTRAINT pk_crm_erp_figures_due;
