-- PostgreSQL only: the knowledge base's words compare by code point (COLLATE "C") as V18.2 does for the search words,
-- so that "words from 'druck' up to 'drucl'" are exactly those starting with "druck" and the B-tree index serves it.

DROP INDEX ix_crm_kb_word_word;
ALTER TABLE crm_kb_word ALTER COLUMN word TYPE VARCHAR(60) COLLATE "C";
CREATE INDEX ix_crm_kb_word_word ON crm_kb_word (word, article_id);
