package de.opencrm.domain.knowledge;

import java.time.Instant;

/** An article in a list: enough to pick it, without its text. */
public record ArticleRow(
    long id,
    String title,
    String category,
    String language,
    ArticleStatus status,
    Instant modifiedAt) {}
