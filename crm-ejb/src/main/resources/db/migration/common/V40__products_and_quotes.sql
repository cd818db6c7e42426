-- The product catalogue (net prices with their VAT rate), price lists with prices of their own, the line items of an
-- opportunity (whose net total is its amount) and the quotes made of them: numbered from a number range without gaps,
-- each new version keeping its number, the PDF kept in the document store. Portable SQL.

CREATE SEQUENCE crm_product_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_price_list_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_list_price_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_line_item_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE crm_quote_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE crm_product (
    id            BIGINT         NOT NULL,
    sku           VARCHAR(40)    NOT NULL,
    name          VARCHAR(200)   NOT NULL,
    description   VARCHAR(1000),
    unit          VARCHAR(20)    NOT NULL,
    net_price     NUMERIC(15, 2) NOT NULL,
    vat_rate      VARCHAR(10)    NOT NULL,
    active        BOOLEAN        NOT NULL,
    search_text   VARCHAR(250)   NOT NULL,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)    NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_product PRIMARY KEY (id),
    CONSTRAINT uq_crm_product_sku UNIQUE (sku),
    CONSTRAINT ck_crm_product_price CHECK (net_price >= 0),
    CONSTRAINT ck_crm_product_vat CHECK (vat_rate IN ('STANDARD', 'REDUCED', 'ZERO'))
);
-- the catalogue and the product choice page through active products by name
CREATE INDEX ix_crm_product_active_name ON crm_product (active, name);

CREATE TABLE crm_price_list (
    id            BIGINT         NOT NULL,
    name          VARCHAR(100)   NOT NULL,
    currency      CHAR(3)        NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    standard      BOOLEAN        NOT NULL,
    active        BOOLEAN        NOT NULL,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)    NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_price_list PRIMARY KEY (id),
    CONSTRAINT uq_crm_price_list_name UNIQUE (name)
);

-- new line items start from the standard list; a fresh installation has one, in euros, with no prices of its own
INSERT INTO crm_price_list (id, name, currency, valid_from, valid_to, standard, active, version, created_at, created_by, modified_at, modified_by)
VALUES (1, 'Standardpreisliste', 'EUR', NULL, NULL, TRUE, TRUE, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

CREATE TABLE crm_list_price (
    id             BIGINT         NOT NULL,
    price_list_id  BIGINT         NOT NULL,
    product_id     BIGINT         NOT NULL,
    net_price      NUMERIC(15, 2) NOT NULL,
    version        BIGINT         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(40)    NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by    VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_list_price PRIMARY KEY (id),
    CONSTRAINT uq_crm_list_price UNIQUE (price_list_id, product_id),
    CONSTRAINT fk_crm_list_price_list FOREIGN KEY (price_list_id) REFERENCES crm_price_list (id),
    CONSTRAINT fk_crm_list_price_product FOREIGN KEY (product_id) REFERENCES crm_product (id),
    CONSTRAINT ck_crm_list_price CHECK (net_price >= 0)
);
CREATE INDEX ix_crm_list_price_product ON crm_list_price (product_id);

ALTER TABLE crm_opportunity ADD price_list_id BIGINT;
ALTER TABLE crm_opportunity ADD CONSTRAINT fk_crm_opportunity_price_list
    FOREIGN KEY (price_list_id) REFERENCES crm_price_list (id);
CREATE INDEX ix_crm_opportunity_price_list ON crm_opportunity (price_list_id);

CREATE TABLE crm_line_item (
    id                BIGINT         NOT NULL,
    opportunity_id    BIGINT         NOT NULL,
    position_no       INTEGER        NOT NULL,
    product_id        BIGINT         NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    unit              VARCHAR(20)    NOT NULL,
    quantity          NUMERIC(12, 3) NOT NULL,
    unit_price        NUMERIC(15, 2) NOT NULL,
    discount_percent  NUMERIC(5, 2)  NOT NULL,
    vat_rate          VARCHAR(10)    NOT NULL,
    net_amount        NUMERIC(15, 2) NOT NULL,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(40)    NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by       VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_line_item PRIMARY KEY (id),
    CONSTRAINT fk_crm_line_item_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id),
    CONSTRAINT fk_crm_line_item_product FOREIGN KEY (product_id) REFERENCES crm_product (id),
    CONSTRAINT ck_crm_line_item_quantity CHECK (quantity > 0),
    CONSTRAINT ck_crm_line_item_discount CHECK (discount_percent >= 0 AND discount_percent <= 100),
    CONSTRAINT ck_crm_line_item_vat CHECK (vat_rate IN ('STANDARD', 'REDUCED', 'ZERO'))
);
CREATE INDEX ix_crm_line_item_opportunity ON crm_line_item (opportunity_id, position_no);
CREATE INDEX ix_crm_line_item_product ON crm_line_item (product_id);

-- one row per kind of number; the service locks it while it takes the next number, so numbers have no gaps
CREATE TABLE crm_number_range (
    name          VARCHAR(20)    NOT NULL,
    range_year    INTEGER        NOT NULL,
    last_number   BIGINT         NOT NULL,
    CONSTRAINT pk_crm_number_range PRIMARY KEY (name)
);
INSERT INTO crm_number_range (name, range_year, last_number) VALUES ('QUOTE', 2000, 0);

CREATE TABLE crm_quote (
    id              BIGINT         NOT NULL,
    opportunity_id  BIGINT         NOT NULL,
    quote_number    VARCHAR(20)    NOT NULL,
    revision        INTEGER        NOT NULL,
    issued_on       DATE           NOT NULL,
    valid_until     DATE           NOT NULL,
    currency        CHAR(3)        NOT NULL,
    net_total       NUMERIC(15, 2) NOT NULL,
    vat_total       NUMERIC(15, 2) NOT NULL,
    gross_total     NUMERIC(15, 2) NOT NULL,
    file_name       VARCHAR(200)   NOT NULL,
    size_bytes      BIGINT         NOT NULL,
    sha256          CHAR(64)       NOT NULL,
    storage_key     VARCHAR(100)   NOT NULL,
    version         BIGINT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(40)    NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by     VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_quote PRIMARY KEY (id),
    CONSTRAINT uq_crm_quote_revision UNIQUE (quote_number, revision),
    CONSTRAINT uq_crm_quote_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_crm_quote_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id)
);
CREATE INDEX ix_crm_quote_opportunity ON crm_quote (opportunity_id, created_at);
