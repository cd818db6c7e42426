-- Erasure (Art. 17 DSGVO) and restriction of processing (Art. 18): a person's data is anonymised and the time of it
-- kept; journal entries, documents and consents that must be kept by law stay, restricted until their retention
-- ends (the last day they must be kept). Portable SQL.

ALTER TABLE crm_contact ADD erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_activity ADD restricted_until DATE;
ALTER TABLE crm_document ADD restricted_until DATE;
ALTER TABLE crm_consent ADD restricted_until DATE;

-- the retention run looks for restrictions that have ended
CREATE INDEX ix_crm_activity_restricted ON crm_activity (restricted_until);
CREATE INDEX ix_crm_document_restricted ON crm_document (restricted_until);
CREATE INDEX ix_crm_consent_restricted ON crm_consent (restricted_until);
-- tasks share the mapping of what hangs off a record; an erasure deletes them, so this stays empty
ALTER TABLE crm_task ADD restricted_until DATE;
-- an erasure finds the merges a person was merged away in
CREATE INDEX ix_crm_merge_merged ON crm_merge (kind, merged_id);
