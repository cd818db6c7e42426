package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.tag.TagNames;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small pieces of JPQL that every paged list needs: a free-text filter and a whitelisted sort. */
public final class Jpql {

  /** Values an IN list may hold at most (Oracle's limit); longer lists go in parts. */
  public static final int IN_LIST = 1000;

  private Jpql() {}

  /**
   * A WHERE clause matching the parameter {@code :pattern} case-insensitively in any of the given
   * paths.
   */
  public static String containsAny(String... paths) {
    return Arrays.stream(paths)
        .map(p -> "LOWER(" + p + ") LIKE :pattern ESCAPE '\\'")
        .collect(Collectors.joining(" OR ", " WHERE (", ")"));
  }

  /**
   * How many rows the native query selects, counted up to {@link Page#COUNT_LIMIT} and one more (in
   * SQL every database the CRM runs on knows): large lists say "more than" instead of counting
   * every match, which costs more than the page itself.
   */
  public static long cappedCount(EntityManager em, CharSequence select, List<Object> parameters) {
    Query count =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM ("
                + select
                + " FETCH FIRST "
                + (Page.COUNT_LIMIT + 1)
                + " ROWS ONLY) capped");
    for (int i = 0; i < parameters.size(); i++) {
      count.setParameter(i + 1, parameters.get(i));
    }
    return ((Number) count.getSingleResult()).longValue();
  }

  /** The LIKE pattern for a user's filter text, with LIKE's own wildcards taken literally. */
  public static String containsPattern(String filter) {
    String escaped =
        filter
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }

  /**
   * ORDER BY for a sort field the view asked for; unknown fields fall back, so no text reaches the
   * query.
   */
  public static String orderBy(Map<String, String> sortable, PageRequest request, String fallback) {
    String path =
        request.sortField() == null
            ? fallback
            : sortable.getOrDefault(request.sortField(), fallback);
    return " ORDER BY " + path + (request.ascending() ? " ASC" : " DESC");
  }

  /**
   * The condition selecting what hangs off a record, bound to {@code :recordId}; a company's
   * includes what was logged on its people, which carries the company too.
   */
  public static String recordCondition(String alias, RecordRef record) {
    return switch (record.kind()) {
      case ACCOUNT -> alias + ".account.id = :recordId";
      case CONTACT -> alias + ".contact.id = :recordId";
    };
  }

  /** "Anna Müller" from the parts a query selected; null when there is no person. */
  public static String personName(String firstName, String lastName) {
    if (lastName == null) {
      return null;
    }
    return firstName == null ? lastName : firstName + " " + lastName;
  }

  /**
   * One page of a query's rows, each mapped, with the total its count query answers; both queries
   * take the record's id as {@code :recordId}.
   */
  public static <T> Page<T> pageOf(
      EntityManager em,
      String select,
      String count,
      long recordId,
      PageRequest request,
      Function<Object[], T> row) {
    List<T> rows =
        em
            .createQuery(select, Object[].class)
            .setParameter("recordId", recordId)
            .setFirstResult(request.first())
            .setMaxResults(request.size())
            .getResultList()
            .stream()
            .map(row)
            .toList();
    long total =
        em.createQuery(count, Long.class).setParameter("recordId", recordId).getSingleResult();
    return new Page<>(rows, total);
  }

  /** The list criterion naming a tag: only records carrying it. */
  public static final String TAG = "tag";

  /** The condition "carries the tag in :tagKey", for an alias of Account or Contact. */
  public static String taggedWith(String alias) {
    return "EXISTS (SELECT t FROM " + alias + ".tags t WHERE t.nameKey = :tagKey)";
  }

  public static void bindTag(Query query, PageRequest request) {
    String tag = request.criterion(TAG);
    if (tag != null) {
      query.setParameter("tagKey", TagNames.key(tag));
    }
  }

  /** The tag names of a page of accounts or contacts, by id, sorted; one query for the page. */
  public static Map<Long, List<String>> tagsOf(EntityManager em, String entity, List<Long> ids) {
    Map<Long, List<String>> tags = new HashMap<>();
    if (ids.isEmpty()) {
      return tags;
    }
    em.createQuery(
            "SELECT r.id, t.name FROM "
                + entity
                + " r JOIN r.tags t WHERE r.id IN :ids"
                + " ORDER BY t.nameKey",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            r -> tags.computeIfAbsent((Long) r[0], id -> new ArrayList<>()).add((String) r[1]));
    return tags;
  }

  /** The entity name of a kind of record, for queries shared by companies and people. */
  public static String entityOf(RecordRef.Kind kind) {
    return switch (kind) {
      case ACCOUNT -> "Account";
      case CONTACT -> "Contact";
    };
  }

  /**
   * A sum as the database gave it (BigDecimal, or another number for some drivers) as BigDecimal.
   */
  public static BigDecimal decimal(Object summed) {
    if (summed == null || summed instanceof BigDecimal) {
      return (BigDecimal) summed;
    }
    return new BigDecimal(summed.toString());
  }
}
