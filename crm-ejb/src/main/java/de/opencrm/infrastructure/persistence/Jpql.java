package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.customfield.CustomField;
import de.opencrm.domain.customfield.CustomFilter;
import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.domain.tag.TagNames;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  /** The custom-field filter a list request asks for, when it names a field of this kind. */
  public static Optional<CustomFilter> customFilter(
      EntityManager em, RecordRef.Kind kind, PageRequest request) {
    String id = request.criterion(CustomFilter.FIELD);
    if (id == null || !id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    CustomField field = em.find(CustomField.class, Long.valueOf(id));
    if (field == null || field.getRecordKind() != kind) {
      return Optional.empty();
    }
    return CustomFilter.parse(field.row(), request.criterion(CustomFilter.VALUE));
  }

  /**
   * The condition "holds a matching value in the custom field", for an alias of the kind's entity;
   * it starts from the value table's (field, value) indexes.
   */
  public static String customCondition(String alias, CustomFilter filter) {
    StringBuilder c =
        new StringBuilder(alias)
            .append(".id IN (SELECT cr.id FROM ")
            .append(entityOf(filter.field().recordKind()))
            .append(" cr JOIN cr.customValues cv WHERE KEY(cv) = :cfId");
    switch (filter.field().type()) {
      case TEXT -> c.append(" AND LOWER(cv.text) LIKE :cfText ESCAPE '\\'");
      case CHOICE -> c.append(" AND cv.text = :cfText");
      case YES_NO -> c.append(" AND cv.flag = :cfFlag");
      case NUMBER -> {
        c.append(filter.fromNumber() == null ? "" : " AND cv.number >= :cfFrom");
        c.append(filter.toNumber() == null ? "" : " AND cv.number <= :cfTo");
      }
      case DATE -> {
        c.append(filter.fromDate() == null ? "" : " AND cv.date >= :cfFrom");
        c.append(filter.toDate() == null ? "" : " AND cv.date <= :cfTo");
      }
    }
    return c.append(")").toString();
  }

  public static void bindCustom(Query query, CustomFilter filter) {
    query.setParameter("cfId", filter.field().id());
    switch (filter.field().type()) {
      case TEXT -> query.setParameter("cfText", containsPattern(filter.text()));
      case CHOICE -> query.setParameter("cfText", filter.text());
      case YES_NO -> query.setParameter("cfFlag", filter.flag());
      case NUMBER -> {
        bindIfSet(query, "cfFrom", filter.fromNumber());
        bindIfSet(query, "cfTo", filter.toNumber());
      }
      case DATE -> {
        bindIfSet(query, "cfFrom", filter.fromDate());
        bindIfSet(query, "cfTo", filter.toDate());
      }
    }
  }

  private static void bindIfSet(Query query, String name, Object value) {
    if (value != null) {
      query.setParameter(name, value);
    }
  }

  /** The custom values of a page of companies or people, by record id and field id. */
  public static Map<Long, Map<Long, CustomValue>> customValuesOf(
      EntityManager em, RecordRef.Kind kind, List<Long> ids) {
    Map<Long, Map<Long, CustomValue>> values = new HashMap<>();
    if (ids.isEmpty()) {
      return values;
    }
    em.createQuery(
            "SELECT r.id, KEY(v), v.text, v.number, v.date, v.flag FROM "
                + entityOf(kind)
                + " r JOIN r.customValues v WHERE r.id IN :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            r ->
                values
                    .computeIfAbsent((Long) r[0], id -> new HashMap<>())
                    .put(
                        (Long) r[1],
                        CustomValue.held(
                            (String) r[2], (BigDecimal) r[3], (LocalDate) r[4], (Boolean) r[5])));
    return values;
  }

  /**
   * The custom-field filter in plain SQL for the counts that are native queries: " AND alias.id IN
   * (...)", its parameters appended in order.
   */
  public static String customSql(
      String alias, String valueTable, String idColumn, CustomFilter filter, List<Object> params) {
    StringBuilder c =
        new StringBuilder(" AND ")
            .append(alias)
            .append(".id IN (SELECT cv.")
            .append(idColumn)
            .append(" FROM ")
            .append(valueTable)
            .append(" cv WHERE cv.field_id = ?");
    params.add(filter.field().id());
    switch (filter.field().type()) {
      case TEXT -> {
        c.append(" AND LOWER(cv.text_value) LIKE ? ESCAPE '\\'");
        params.add(containsPattern(filter.text()));
      }
      case CHOICE -> {
        c.append(" AND cv.text_value = ?");
        params.add(filter.text());
      }
      case YES_NO -> {
        c.append(" AND cv.flag_value = ?");
        params.add(filter.flag());
      }
      case NUMBER -> {
        rangeSql(c, "cv.number_value", filter.fromNumber(), filter.toNumber(), params);
      }
      case DATE -> {
        rangeSql(c, "cv.date_value", filter.fromDate(), filter.toDate(), params);
      }
    }
    return c.append(")").toString();
  }

  private static void rangeSql(
      StringBuilder c, String column, Object from, Object to, List<Object> params) {
    if (from != null) {
      c.append(" AND ").append(column).append(" >= ?");
      params.add(from);
    }
    if (to != null) {
      c.append(" AND ").append(column).append(" <= ?");
      params.add(to);
    }
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
