-- Pairs of companies or people the duplicate scan found alike, with score and reasons, until someone merges them or
-- says they are different (dismissed pairs are not proposed again). Portable SQL.

CREATE SEQUENCE crm_duplicate_pair_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_duplicate_pair (
    id            BIGINT        NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    first_id      BIGINT        NOT NULL,
    second_id     BIGINT        NOT NULL,
    score         INTEGER       NOT NULL,
    reasons       VARCHAR(400)  NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    found_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)   NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_duplicate_pair PRIMARY KEY (id),
    CONSTRAINT uq_crm_duplicate_pair UNIQUE (kind, first_id, second_id),
    CONSTRAINT ck_crm_duplicate_pair_order CHECK (first_id < second_id),
    CONSTRAINT ck_crm_duplicate_pair_score CHECK (score BETWEEN 0 AND 100)
);
-- the review list: open pairs of a kind, likeliest first
CREATE INDEX ix_crm_duplicate_pair_open ON crm_duplicate_pair (kind, status, score);
