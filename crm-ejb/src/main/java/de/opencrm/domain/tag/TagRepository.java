package de.opencrm.domain.tag;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface TagRepository {

  Optional<Tag> findByKey(String nameKey);

  /**
   * The tags of these names, each created (by the user, at the time given) when it does not exist
   * yet, in the given order.
   */
  List<Tag> resolve(List<String> tidyNames, String user, Instant at);

  /** Tag names starting with (or containing) the typed text, most used first, at most limit. */
  List<String> suggest(String typed, int limit);
}
