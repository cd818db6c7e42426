-- Saved views of the lists: a name for a filter, a tag, a sort and the visible columns, kept per user or shared with
-- everyone. Portable SQL.

CREATE SEQUENCE crm_saved_view_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE crm_saved_view (
    id            BIGINT        NOT NULL,
    list_name     VARCHAR(20)   NOT NULL,
    name          VARCHAR(60)   NOT NULL,
    owner_id      BIGINT        NOT NULL,
    shared        BOOLEAN       NOT NULL,
    filter_text   VARCHAR(200),
    tag           VARCHAR(40),
    sort_field    VARCHAR(40),
    ascending     BOOLEAN       NOT NULL,
    columns       VARCHAR(400)  NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)   NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_crm_saved_view PRIMARY KEY (id),
    CONSTRAINT fk_crm_saved_view_owner FOREIGN KEY (owner_id) REFERENCES crm_user (id),
    CONSTRAINT uq_crm_saved_view_name UNIQUE (list_name, owner_id, name)
);
-- a list offers the user's own views and the shared ones
CREATE INDEX ix_crm_saved_view_owner ON crm_saved_view (list_name, owner_id);
CREATE INDEX ix_crm_saved_view_shared ON crm_saved_view (list_name, shared);
