-- A debtor's figures (revenue this year and last, open items) move out of crm_erp_debtor into crm_erp_figures: a
-- narrow table derived from the invoices and open items, where a debtor without a row is one to sum again. Marking
-- a debtor stale deletes its row, summing inserts the missing rows: the nightly run no longer rewrites every wide
-- debtor row twice (once for the flag, once for the sums), and the index on the flag goes with it. The debtors due
-- for summing are collected in crm_erp_figures_due first: a statement that inserted into crm_erp_figures while
-- looking for debtors missing there could not be planned safely (an empty table at planning time, a nested loop over
-- it as it grows).
-- Portable SQL.

CREATE TABLE crm_erp_figures (
    debtor_number     VARCHAR(40)    NOT NULL,
    revenue_ytd       DECIMAL(17, 2) NOT NULL,
    revenue_prev_year DECIMAL(17, 2) NOT NULL,
    open_items        DECIMAL(17, 2) NOT NULL,
    figures_year      INTEGER        NOT NULL,
    figures_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_crm_erp_figures PRIMARY KEY (debtor_number)
);

CREATE TABLE crm_erp_figures_due (
    debtor_number     VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_erp_figures_due PRIMARY KEY (debtor_number)
);

INSERT INTO crm_erp_figures (debtor_number, revenue_ytd, revenue_prev_year, open_items, figures_year, figures_at)
    SELECT debtor_number, revenue_ytd, revenue_prev_year, open_items, figures_year, figures_at
    FROM crm_erp_debtor
    WHERE figures_stale = FALSE AND figures_year IS NOT NULL AND figures_at IS NOT NULL;

DROP INDEX ix_crm_erp_debtor_stale;
ALTER TABLE crm_erp_debtor DROP COLUMN figures_stale;
ALTER TABLE crm_erp_debtor DROP COLUMN figures_at;
ALTER TABLE crm_erp_debtor DROP COLUMN figures_year;
ALTER TABLE crm_erp_debtor DROP COLUMN open_items;
ALTER TABLE crm_erp_debtor DROP COLUMN revenue_prev_year;
ALTER TABLE crm_erp_debtor DROP COLUMN revenue_ytd;
