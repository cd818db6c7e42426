package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small pieces of JPQL that every paged list needs: a free-text filter and a whitelisted sort. */
final class Jpql {

  private Jpql() {}

  /**
   * A WHERE clause matching the parameter {@code :pattern} case-insensitively in any of the given
   * paths.
   */
  static String containsAny(String... paths) {
    return Arrays.stream(paths)
        .map(p -> "LOWER(" + p + ") LIKE :pattern ESCAPE '\\'")
        .collect(Collectors.joining(" OR ", " WHERE (", ")"));
  }

  /** The LIKE pattern for a user's filter text, with LIKE's own wildcards taken literally. */
  static String containsPattern(String filter) {
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
  static String orderBy(Map<String, String> sortable, PageRequest request, String fallback) {
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
  static String recordCondition(String alias, RecordRef record) {
    return switch (record.kind()) {
      case ACCOUNT -> alias + ".account.id = :recordId";
      case CONTACT -> alias + ".contact.id = :recordId";
    };
  }

  /** "Anna Müller" from the parts a query selected; null when there is no person. */
  static String personName(String firstName, String lastName) {
    if (lastName == null) {
      return null;
    }
    return firstName == null ? lastName : firstName + " " + lastName;
  }

  /**
   * One page of a query's rows, each mapped, with the total its count query answers; both queries
   * take the record's id as {@code :recordId}.
   */
  static <T> Page<T> pageOf(
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
}
