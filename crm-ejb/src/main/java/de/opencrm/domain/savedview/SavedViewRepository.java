package de.opencrm.domain.savedview;

import java.util.List;
import java.util.Optional;

public interface SavedViewRepository {

  Optional<SavedView> findById(long id);

  /** A user's own views of a list, and the shared ones, by name; few per list and user. */
  List<SavedView> visibleTo(String listName, long userId);

  Optional<SavedView> findOwn(String listName, long userId, String name);

  SavedView add(SavedView view);

  void remove(SavedView view);
}
