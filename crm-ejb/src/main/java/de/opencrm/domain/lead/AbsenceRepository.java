package de.opencrm.domain.lead;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The absence calendar routing reads. */
public interface AbsenceRepository {

  /** Absences that have not ended before the day, soonest first, at most {@code limit}. */
  List<Absence> currentAndComing(LocalDate from, int limit);

  Optional<Absence> findById(long id);

  Absence add(Absence absence);

  void remove(Absence absence);
}
