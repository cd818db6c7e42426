-- A person's timeline reads the stage changes of the opportunities they are the contact of.
CREATE INDEX ix_crm_opportunity_contact ON crm_opportunity (contact_id);
