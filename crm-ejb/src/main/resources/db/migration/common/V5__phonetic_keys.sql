-- Names as they sound (Kölner Phonetik, PhoneticKey) beside accounts and contacts, for the global search's tolerance of
-- typing errors. Nullable: Oracle stores an empty key as NULL. V5.1 (Java, FillSearchKeys) fills them for existing rows.

ALTER TABLE crm_account ADD phonetic_key VARCHAR(200);
ALTER TABLE crm_contact ADD phonetic_key VARCHAR(200);
