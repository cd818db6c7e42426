package de.opencrm.domain.ticket.sla;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The public holidays of a German federal state (Bundesland) as Jollyday knows them: the national
 * ones and the state's own (Heilige Drei Könige in Bayern, Reformationstag in Sachsen, …).
 */
public final class GermanHolidays implements Predicate<LocalDate> {

  /** The states by the codes Jollyday uses (ISO 3166-2:DE without the country). */
  public static final Set<String> STATES =
      Set.of(
          "bw", "by", "be", "bb", "hb", "hh", "he", "mv", "ni", "nw", "rp", "sl", "sn", "st", "sh",
          "th");

  private static final HolidayManager GERMANY =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));

  private final String state;

  private GermanHolidays(String state) {
    this.state = state;
  }

  /** The holidays of the state, "BY" or "by" for Bayern. */
  public static GermanHolidays of(String state) {
    String code = state.toLowerCase(Locale.ROOT);
    if (!STATES.contains(code)) {
      throw new IllegalArgumentException("no German federal state: " + state);
    }
    return new GermanHolidays(code);
  }

  @Override
  public boolean test(LocalDate day) {
    return GERMANY.isHoliday(day, state);
  }

  public String state() {
    return state;
  }
}
