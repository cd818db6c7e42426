package de.opencrm.application.knowledge;

import de.opencrm.domain.knowledge.ArticleStatus;
import de.opencrm.domain.knowledge.KnowledgeArticle;
import java.io.Serializable;
import java.time.Instant;

/** An article as its page shows it. */
public record ArticleDetail(
    long id,
    long version,
    String title,
    String body,
    String category,
    String language,
    ArticleStatus status,
    Instant publishedAt,
    String modifiedBy,
    Instant modifiedAt)
    implements Serializable {

  static ArticleDetail of(KnowledgeArticle a) {
    return new ArticleDetail(
        a.getId(),
        a.getVersion(),
        a.getTitle(),
        a.getBody(),
        a.getCategory(),
        a.getLanguage(),
        a.getStatus(),
        a.getPublishedAt(),
        a.getModifiedBy(),
        a.getModifiedAt());
  }
}
