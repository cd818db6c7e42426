-- Birthdays are personal data kept encrypted (AES-GCM, "gcm1:key:..."): a text column takes the sealed value,
-- migration 21.1 seals the stored dates, 21.2 drops the plain column. Portable SQL.

ALTER TABLE crm_contact ADD birthday_sealed VARCHAR(200);
