package de.opencrm.domain.admin;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * The records of an owned area one user sees: all of them, or those the user owns and, when the
 * scope includes the team, those of the user's team. Lists, search, exports and record pages apply
 * the same scope, so a record hidden from the list cannot be reached by its URL either.
 *
 * @param userId the user whose own records are visible; null when all are
 * @param teamId the team whose records are visible as well; null for none
 */
public record RecordScope(Long userId, Long teamId) {

  public static final RecordScope ALL = new RecordScope(null, null);

  public boolean isAll() {
    return userId == null;
  }

  /** Whether a record with this owner and team is visible. */
  public boolean sees(Long ownerId, Long ownerTeamId) {
    return isAll()
        || Objects.equals(userId, ownerId)
        || (teamId != null && Objects.equals(teamId, ownerTeamId));
  }

  /**
   * The widest scope any of the user's roles gives. Sales and service see what the administrator
   * configured for the area; a manager sees at least the team's records; everyone else whose role
   * reads the area (marketing, administrators, integrations) sees all of them.
   *
   * @param configured the configured visibility of sales or service in this area
   */
  public static RecordScope of(
      Collection<Role> roles,
      Area area,
      long userId,
      Long userTeamId,
      Function<Role, Visibility> configured) {
    Visibility widest = null;
    for (Role role : roles) {
      if (!PermissionMatrix.allows(role, area, Operation.READ)) {
        continue;
      }
      Visibility visibility =
          switch (role) {
            case SALES, SERVICE -> configured.apply(role);
            case MANAGER -> wider(Visibility.TEAM, configured.apply(Role.SALES));
            default -> Visibility.ALL;
          };
      widest = widest == null ? visibility : wider(widest, visibility);
    }
    if (widest == null || widest == Visibility.OWN) {
      return new RecordScope(userId, null);
    }
    return widest == Visibility.ALL ? ALL : new RecordScope(userId, userTeamId);
  }

  private static Visibility wider(Visibility a, Visibility b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
