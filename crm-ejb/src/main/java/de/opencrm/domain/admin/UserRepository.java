package de.opencrm.domain.admin;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface UserRepository {

  Optional<User> findById(long id);

  /** The users with these ids, with their teams (in no particular order). */
  List<User> findAllById(Collection<Long> ids);

  Optional<User> findByUsername(String username);

  long count();

  /** How many users the list filter matches. */
  long count(String filter);

  /** One page of the user list, filtered on user name, display name and e-mail, sorted in SQL. */
  Page<UserRow> list(PageRequest request);

  /** Active users by display name, as choices for assigning work; at most {@code limit}. */
  List<UserOption> activeUsers(int limit);

  /** The active members of a team, by name. */
  List<UserOption> activeMembers(long teamId);

  User add(User user);

  /** The active managers of a team; with no team, or none in it, every active manager. */
  List<User> managersFor(Long teamId);
}
