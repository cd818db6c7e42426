package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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
}
