package de.opencrm.domain.lead;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The absence calendar routing reads. */
public interface AbsenceRepository {

  /** Absences that have not ended before the day, soonest first, at most {@code limit}. */
  List<Absence> currentAndComing(LocalDate from, int limit);

  Optional<Absence> findById(long id);

  Absence add(Absence absence);

  void remove(Absence absence);

  /** Of the given users, those absent on the day. */
  Set<Long> absentOn(Collection<Long> userIds, LocalDate day);
}
