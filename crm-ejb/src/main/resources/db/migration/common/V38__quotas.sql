-- Sales quotas: what each person is expected to win in a month (euros), set by their manager or an administrator;
-- a quarter's quota is its three months'. The forecast compares won, committed and weighted amounts against them.
-- Portable SQL.

CREATE SEQUENCE crm_quota_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_quota (
    id            BIGINT         NOT NULL,
    user_id       BIGINT         NOT NULL,
    month_start   DATE           NOT NULL,
    amount        NUMERIC(15,2)  NOT NULL,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)    NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_quota PRIMARY KEY (id),
    CONSTRAINT fk_crm_quota_user FOREIGN KEY (user_id) REFERENCES crm_user (id),
    CONSTRAINT uq_crm_quota_month UNIQUE (user_id, month_start),
    CONSTRAINT ck_crm_quota_amount CHECK (amount >= 0)
);
CREATE INDEX ix_crm_quota_month ON crm_quota (month_start);

-- the forecast sums won opportunities by the day they were won
CREATE INDEX ix_crm_opportunity_closed ON crm_opportunity (closed_at);
