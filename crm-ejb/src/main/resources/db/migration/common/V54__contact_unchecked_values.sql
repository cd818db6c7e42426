-- Values an import could not check (a phone number no country places, an unknown country, a text longer than its
-- field), kept as the file wrote them until somebody has looked at the person. Portable SQL.

CREATE TABLE crm_contact_unchecked (
    contact_id  BIGINT         NOT NULL,
    position    INTEGER        NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    meant_for   VARCHAR(40),
    written     VARCHAR(1000)  NOT NULL,
    CONSTRAINT pk_crm_contact_unchecked PRIMARY KEY (contact_id, position),
    CONSTRAINT fk_crm_contact_unchecked_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id)
);

-- whether a person has such values, for the list filter "Nur mit ungeprüften Angaben"
ALTER TABLE crm_contact ADD needs_check BOOLEAN DEFAULT FALSE NOT NULL;
