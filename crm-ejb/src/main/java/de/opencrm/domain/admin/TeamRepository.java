package de.opencrm.domain.admin;

import java.util.List;
import java.util.Optional;

public interface TeamRepository {

  Optional<Team> findById(long id);

  Optional<Team> findByName(String name);

  /** All teams by name; an organisation has tens of teams, not thousands. */
  List<Team> listAll();

  Team add(Team team);
}
