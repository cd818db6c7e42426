-- CSV imports of companies: templates remember whether they map people or companies, and a company
-- row is found again by its VAT ID. Portable SQL.

ALTER TABLE crm_import_template ADD target VARCHAR(20) DEFAULT 'PEOPLE' NOT NULL;
ALTER TABLE crm_import_template DROP CONSTRAINT uq_crm_import_template_name;
ALTER TABLE crm_import_template ADD CONSTRAINT uq_crm_import_template_name UNIQUE (owner_id, target, name);

CREATE INDEX ix_crm_account_vat_id ON crm_account (vat_id);
