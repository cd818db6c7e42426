-- The knowledge base: articles agents write once and find again (title, text for a reply, category, German or English,
-- draft or published). Each article's words (ArticleWords: folded, without the words every text has) are kept one row
-- each, so a search finds articles whose words start with what was typed, and a ticket finds the published articles
-- sharing most of its words, both through the B-tree index on the word. On PostgreSQL V46.1 makes the word compare by
-- code point as the range look-up assumes (H2 and Oracle do so already). Portable SQL.

CREATE SEQUENCE crm_kb_article_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE crm_kb_article (
    id            BIGINT         NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    body          VARCHAR(4000)  NOT NULL,
    category      VARCHAR(60),
    language      VARCHAR(5)     NOT NULL,
    status        VARCHAR(10)    NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(40)    NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_crm_kb_article PRIMARY KEY (id),
    CONSTRAINT ck_crm_kb_article_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
);
CREATE INDEX ix_crm_kb_article_title ON crm_kb_article (status, title);
CREATE INDEX ix_crm_kb_article_category ON crm_kb_article (category);

CREATE TABLE crm_kb_word (
    article_id  BIGINT       NOT NULL,
    word        VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_crm_kb_word PRIMARY KEY (article_id, word),
    CONSTRAINT fk_crm_kb_word_article FOREIGN KEY (article_id) REFERENCES crm_kb_article (id)
);
CREATE INDEX ix_crm_kb_word_word ON crm_kb_word (word, article_id);
