package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.customfield.CustomField;
import de.opencrm.domain.customfield.CustomFilter;
import de.opencrm.domain.customfield.CustomValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pieces of JPQL and SQL that filter lists of companies and people by a custom field. */
public final class CustomFieldJpql {

  private CustomFieldJpql() {}

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
            .append(Jpql.entityOf(filter.field().recordKind()))
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
      case TEXT -> query.setParameter("cfText", Jpql.containsPattern(filter.text()));
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
                + Jpql.entityOf(kind)
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
        params.add(Jpql.containsPattern(filter.text()));
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
}
