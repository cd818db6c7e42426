-- Merging duplicates with undo. A merged contact stays as it was, marked with the contact it went into, and is left out
-- of lists and searches; crm_merge keeps what the merge changed on the survivor and crm_merge_moved which journal entries
-- and tasks moved, so the merge can be undone. Portable SQL.

ALTER TABLE crm_contact ADD merged_into_id BIGINT;
ALTER TABLE crm_contact ADD CONSTRAINT fk_crm_contact_merged FOREIGN KEY (merged_into_id) REFERENCES crm_contact (id);
CREATE INDEX ix_crm_contact_merged ON crm_contact (merged_into_id);

CREATE SEQUENCE crm_merge_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_merge (
    id                BIGINT        NOT NULL,
    kind              VARCHAR(10)   NOT NULL,
    survivor_id       BIGINT        NOT NULL,
    merged_id         BIGINT        NOT NULL,
    survivor_before   VARCHAR(4000),
    survivor_version  BIGINT        NOT NULL,
    undone_at         TIMESTAMP WITH TIME ZONE,
    undone_by         VARCHAR(40),
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(40)   NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by       VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_merge PRIMARY KEY (id)
);
CREATE INDEX ix_crm_merge_survivor ON crm_merge (kind, survivor_id, created_at);

CREATE TABLE crm_merge_moved (
    merge_id  BIGINT       NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    row_id    BIGINT       NOT NULL,
    CONSTRAINT pk_crm_merge_moved PRIMARY KEY (merge_id, kind, row_id),
    CONSTRAINT fk_crm_merge_moved_merge FOREIGN KEY (merge_id) REFERENCES crm_merge (id)
);
