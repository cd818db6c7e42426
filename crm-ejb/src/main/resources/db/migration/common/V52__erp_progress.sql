-- How many records of a file each partition of its step has read, kept with every chunk: the job monitor shows the
-- progress of a step whose partitions are still running (the batch runtime sums their counts only when they end).
-- Portable SQL.

CREATE TABLE crm_erp_progress (
    file_id  BIGINT  NOT NULL,
    part     INTEGER NOT NULL,
    records  BIGINT  NOT NULL,
    CONSTRAINT pk_crm_erp_progress PRIMARY KEY (file_id, part),
    CONSTRAINT fk_crm_erp_progress_file FOREIGN KEY (file_id) REFERENCES crm_erp_file (id)
);
