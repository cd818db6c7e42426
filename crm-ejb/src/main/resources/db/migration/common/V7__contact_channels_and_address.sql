-- Several e-mail addresses and phone numbers per contact, the first of each being the primary one, and the contact's own
-- postal address. crm_contact.email and crm_contact.phone keep the primary values for lists, search and duplicate
-- checks. Portable SQL.

CREATE TABLE crm_contact_email (
    contact_id  BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    address     VARCHAR(254)  NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    CONSTRAINT pk_crm_contact_email PRIMARY KEY (contact_id, position),
    CONSTRAINT fk_crm_contact_email_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id)
);
CREATE INDEX ix_crm_contact_email_address ON crm_contact_email (address);

CREATE TABLE crm_contact_phone (
    contact_id  BIGINT       NOT NULL,
    position    INTEGER      NOT NULL,
    e164        VARCHAR(20)  NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_crm_contact_phone PRIMARY KEY (contact_id, position),
    CONSTRAINT fk_crm_contact_phone_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id)
);
CREATE INDEX ix_crm_contact_phone_e164 ON crm_contact_phone (e164);

INSERT INTO crm_contact_email (contact_id, position, address, kind)
    SELECT id, 0, email, 'WORK' FROM crm_contact WHERE email IS NOT NULL;
INSERT INTO crm_contact_phone (contact_id, position, e164, kind)
    SELECT id, 0, phone, 'WORK' FROM crm_contact WHERE phone IS NOT NULL;

ALTER TABLE crm_contact ADD street VARCHAR(200);
ALTER TABLE crm_contact ADD postal_code VARCHAR(10);
ALTER TABLE crm_contact ADD city VARCHAR(100);
ALTER TABLE crm_contact ADD state VARCHAR(40);
ALTER TABLE crm_contact ADD country VARCHAR(2);
