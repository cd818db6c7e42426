package de.opencrm.domain.activity;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import java.util.Optional;

public interface ActivityRepository {

  Optional<Activity> findById(long id);

  /**
   * One page of a record's journal, newest first; a company's includes what was logged on its
   * people.
   */
  Page<ActivityRow> timeline(RecordRef record, PageRequest request);

  Activity add(Activity activity);
}
