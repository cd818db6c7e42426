package de.opencrm.web.duplicate;

import de.opencrm.domain.duplicate.DuplicateHit;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The likely duplicates shown above a new record's form before it is saved, until the user says it
 * is a different one ("save anyway").
 */
public class DuplicateWarning implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<DuplicateHit> hits = List.of();
  private boolean overruled;

  /** Whether saving may go on: nothing alike was found, or the user has overruled the warning. */
  public boolean clears(Supplier<List<DuplicateHit>> check) {
    if (overruled) {
      return true;
    }
    hits = List.copyOf(check.get());
    return hits.isEmpty();
  }

  public void overrule() {
    overruled = true;
  }

  public List<DuplicateHit> getHits() {
    return hits;
  }
}
