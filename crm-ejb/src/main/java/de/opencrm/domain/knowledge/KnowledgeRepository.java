package de.opencrm.domain.knowledge;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The knowledge base's articles, found by their words. */
public interface KnowledgeRepository {

  /** Criterion: only articles of this {@link ArticleStatus}. */
  String STATUS = "status";

  /** Criterion: only articles in this language ("de", "en"). */
  String LANGUAGE = "language";

  /** Criterion: only articles of this category. */
  String CATEGORY = "category";

  KnowledgeArticle add(KnowledgeArticle article);

  Optional<KnowledgeArticle> findById(long id);

  /**
   * Articles by title; with a filter, those having for every word of it ({@link ArticleWords}) a
   * word that starts with it.
   */
  Page<ArticleRow> search(PageRequest request);

  /** For each of the words, in how many published articles it is. */
  Map<String, Long> publishedArticlesPerWord(Collection<String> words);

  long publishedCount();

  /** The published articles having any of the words, with those they have. */
  Map<Long, Set<String>> publishedSharing(Collection<String> words);

  /** The rows of these articles, in no particular order. */
  List<ArticleRow> rows(Collection<Long> ids);

  /** The categories articles have, alphabetically. */
  List<String> categories();

  /** Whether any article exists (the demo fills an empty knowledge base). */
  boolean isEmpty();
}
