package de.opencrm.infrastructure.persistence.service;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.SearchWords;
import de.opencrm.domain.knowledge.ArticleRow;
import de.opencrm.domain.knowledge.ArticleStatus;
import de.opencrm.domain.knowledge.ArticleWords;
import de.opencrm.domain.knowledge.KnowledgeArticle;
import de.opencrm.domain.knowledge.KnowledgeRepository;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base in JPQL: a typed word matches an article's word starting with it as a range
 * (from "druck" up to "drucl") over the word index of V46, a ticket's words are looked up whole.
 */
@ApplicationScoped
public class JpaKnowledgeRepository implements KnowledgeRepository {

  private static final Map<String, String> SORTABLE =
      Map.of("title", "a.title", "category", "a.category", "modifiedAt", "a.modifiedAt");

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public KnowledgeArticle add(KnowledgeArticle article) {
    em.persist(article);
    return article;
  }

  @Override
  public Optional<KnowledgeArticle> findById(long id) {
    return Optional.ofNullable(em.find(KnowledgeArticle.class, id));
  }

  @Override
  public Page<ArticleRow> search(PageRequest request) {
    Map<String, Object> parameters = new HashMap<>();
    String where = where(request, parameters);
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT a.id, a.title, a.category, a.language, a.status, a.modifiedAt"
                + " FROM KnowledgeArticle a"
                + where
                + Jpql.orderBy(SORTABLE, request, "a.title")
                + ", a.id",
            Object[].class);
    parameters.forEach(rows::setParameter);
    List<ArticleRow> page =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
            .map(JpaKnowledgeRepository::row)
            .toList();
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(a) FROM KnowledgeArticle a" + where, Long.class);
    parameters.forEach(count::setParameter);
    return new Page<>(page, count.getSingleResult());
  }

  private static String where(PageRequest request, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (request.criterion(STATUS) != null) {
      where.append(" AND a.status = :status");
      parameters.put("status", ArticleStatus.valueOf(request.criterion(STATUS)));
    }
    for (String column : List.of(LANGUAGE, CATEGORY)) {
      if (request.criterion(column) != null) {
        where.append(" AND a.").append(column).append(" = :").append(column);
        parameters.put(column, request.criterion(column));
      }
    }
    int i = 0;
    for (String word : new LinkedHashSet<>(ArticleWords.typed(request.filter()))) {
      where
          .append(" AND EXISTS (SELECT b.id FROM KnowledgeArticle b JOIN b.searchWords w")
          .append(" WHERE b.id = a.id AND w >= :from")
          .append(i)
          .append(" AND w < :to")
          .append(i)
          .append(')');
      parameters.put("from" + i, word);
      parameters.put("to" + i, SearchWords.after(word));
      i++;
    }
    return where.toString();
  }

  @Override
  public Map<String, Long> publishedArticlesPerWord(Collection<String> words) {
    Map<String, Long> counts = new HashMap<>();
    if (words.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "SELECT w, COUNT(a) FROM KnowledgeArticle a JOIN a.searchWords w"
                + " WHERE a.status = :published AND w IN :words GROUP BY w",
            Object[].class)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .setParameter("words", List.copyOf(words))
        .getResultList()
        .forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
    return counts;
  }

  @Override
  public long publishedCount() {
    return em.createQuery(
            "SELECT COUNT(a) FROM KnowledgeArticle a WHERE a.status = :published", Long.class)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .getSingleResult();
  }

  @Override
  public Map<Long, Set<String>> publishedSharing(Collection<String> words) {
    Map<Long, Set<String>> shared = new HashMap<>();
    if (words.isEmpty()) {
      return shared;
    }
    em.createQuery(
            "SELECT a.id, w FROM KnowledgeArticle a JOIN a.searchWords w"
                + " WHERE a.status = :published AND w IN :words",
            Object[].class)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .setParameter("words", List.copyOf(words))
        .getResultList()
        .forEach(
            r ->
                shared
                    .computeIfAbsent((Long) r[0], id -> new LinkedHashSet<>())
                    .add((String) r[1]));
    return shared;
  }

  @Override
  public List<ArticleRow> rows(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT a.id, a.title, a.category, a.language, a.status, a.modifiedAt"
                + " FROM KnowledgeArticle a WHERE a.id IN :ids",
            Object[].class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .stream()
        .map(JpaKnowledgeRepository::row)
        .toList();
  }

  @Override
  public List<String> categories() {
    return new ArrayList<>(
        em.createQuery(
                "SELECT DISTINCT a.category FROM KnowledgeArticle a WHERE a.category IS NOT NULL"
                    + " ORDER BY a.category",
                String.class)
            .getResultList());
  }

  @Override
  public boolean isEmpty() {
    return em.createQuery("SELECT a.id FROM KnowledgeArticle a", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static ArticleRow row(Object[] r) {
    return new ArticleRow(
        (Long) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (ArticleStatus) r[4],
        (Instant) r[5]);
  }
}
