-- The service level a company has bought (STANDARD or PREMIUM, CustomerTier): its tickets, opened by phone or by
-- mail, take the SLA targets of that tier. Portable SQL.

ALTER TABLE crm_account ADD service_tier VARCHAR(10) DEFAULT 'STANDARD' NOT NULL;
ALTER TABLE crm_account ADD CONSTRAINT ck_crm_account_service_tier CHECK (service_tier IN ('STANDARD', 'PREMIUM'));
