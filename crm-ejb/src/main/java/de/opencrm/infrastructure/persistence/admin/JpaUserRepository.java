package de.opencrm.infrastructure.persistence.admin;

import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.admin.UserRow;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.Texts;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  /** Sortable columns of the user list: what the view may ask for, mapped to JPQL paths. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "username", "u.username",
          "displayName", "u.displayName",
          "email", "u.email",
          "teamName", "t.name",
          "active", "u.active");

  private static final String[] LIST_FILTERED = {"u.username", "u.displayName", "u.email"};

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<User> findById(long id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", User.normalizeUsername(username))
        .getResultStream()
        .findFirst();
  }

  @Override
  public long count() {
    return em.createNamedQuery("User.count", Long.class).getSingleResult();
  }

  @Override
  public long count(String filter) {
    String text = Texts.trimToNull(filter);
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(u) FROM User u" + (text == null ? "" : Jpql.containsAny(LIST_FILTERED)),
            Long.class);
    if (text != null) {
      count.setParameter("pattern", Jpql.containsPattern(text));
    }
    return count.getSingleResult();
  }

  @Override
  public List<UserOption> activeUsers(int limit) {
    return em
        .createQuery(
            "SELECT u.id, u.username, u.displayName FROM User u WHERE u.active = TRUE"
                + " ORDER BY u.displayName, u.id",
            Object[].class)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> new UserOption((Long) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  @Override
  public List<User> findAllById(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT u FROM User u LEFT JOIN FETCH u.team WHERE u.id IN :ids", User.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public List<UserOption> activeMembers(long teamId) {
    return em
        .createQuery(
            "SELECT u.id, u.username, u.displayName FROM User u WHERE u.active = TRUE"
                + " AND u.team.id = :team ORDER BY u.displayName, u.id",
            Object[].class)
        .setParameter("team", teamId)
        .getResultList()
        .stream()
        .map(r -> new UserOption((Long) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  @Override
  public Page<UserRow> list(PageRequest request) {
    String where = request.filter() == null ? "" : Jpql.containsAny(LIST_FILTERED);
    String order = Jpql.orderBy(SORTABLE, request, "u.username") + ", u.id";
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT u.id, u.username, u.displayName, u.email, t.name, u.active, u.directoryUser"
                + " FROM User u LEFT JOIN u.team t"
                + where
                + order,
            Object[].class);
    if (request.filter() != null) {
      rows.setParameter("pattern", Jpql.containsPattern(request.filter()));
    }
    List<UserRow> page =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
            .map(
                r ->
                    new UserRow(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (Boolean) r[5],
                        (Boolean) r[6],
                        Set.of()))
            .toList();
    return new Page<>(withRoles(page), count(request.filter()));
  }

  /** Roles of a whole page in one query rather than one per user. */
  private List<UserRow> withRoles(List<UserRow> page) {
    if (page.isEmpty()) {
      return page;
    }
    Map<Long, Set<Role>> roles = new HashMap<>();
    em.createNamedQuery("User.findRolesByIds", Object[].class)
        .setParameter("ids", page.stream().map(UserRow::id).toList())
        .getResultList()
        .forEach(
            r ->
                roles
                    .computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(Role.class))
                    .add((Role) r[1]));
    return page.stream().map(r -> r.withRoles(roles.getOrDefault(r.id(), Set.of()))).toList();
  }

  @Override
  public User add(User user) {
    em.persist(user);
    return user;
  }

  @Override
  public List<User> managersFor(Long teamId) {
    String base =
        "SELECT DISTINCT u FROM User u JOIN u.roles r WHERE r = :manager AND u.active = TRUE";
    if (teamId != null) {
      List<User> team =
          em.createQuery(base + " AND u.team.id = :team ORDER BY u.id", User.class)
              .setParameter("manager", Role.MANAGER)
              .setParameter("team", teamId)
              .getResultList();
      if (!team.isEmpty()) {
        return team;
      }
    }
    return em.createQuery(base + " ORDER BY u.id", User.class)
        .setParameter("manager", Role.MANAGER)
        .setMaxResults(20)
        .getResultList();
  }
}
