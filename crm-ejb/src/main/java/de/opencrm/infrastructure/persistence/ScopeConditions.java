package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.admin.RecordScope;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Narrows a query of owned records (accounts, contacts and later leads, opportunities, tickets) to
 * the user's {@link RecordScope}, in JPQL or in SQL. Nothing is added when the scope shows all.
 */
public final class ScopeConditions {

  private ScopeConditions() {}

  /** A JPQL condition on the alias's owner and team ids, or null when the scope shows all. */
  public static String jpql(String alias, RecordScope scope) {
    if (scope.isAll()) {
      return null;
    }
    String own = alias + ".owner.id = :scopeUser";
    return scope.teamId() == null ? own : "(" + own + " OR " + alias + ".team.id = :scopeTeam)";
  }

  public static void bind(Query query, RecordScope scope) {
    if (!scope.isAll()) {
      query.setParameter("scopeUser", scope.userId());
      if (scope.teamId() != null) {
        query.setParameter("scopeTeam", scope.teamId());
      }
    }
  }

  /**
   * " AND (alias.owner_id = ? OR alias.team_id = ?)" for a native query, adding the values to its
   * positional parameters; an empty string when the scope shows all.
   *
   * @param numbered whether the query numbers its parameters ("?3") rather than using plain "?"
   */
  public static String sql(
      String alias, RecordScope scope, List<Object> parameters, boolean numbered) {
    if (scope.isAll()) {
      return "";
    }
    parameters.add(scope.userId());
    String own = alias + ".owner_id = " + marker(parameters, numbered);
    if (scope.teamId() == null) {
      return " AND " + own;
    }
    parameters.add(scope.teamId());
    return " AND (" + own + " OR " + alias + ".team_id = " + marker(parameters, numbered) + ")";
  }

  private static String marker(List<Object> parameters, boolean numbered) {
    return numbered ? "?" + parameters.size() : "?";
  }
}
