package de.opencrm.domain.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final BusinessCalendar BAVARIA =
      BusinessCalendar.weekdays(
          BERLIN, LocalTime.of(8, 0), LocalTime.of(17, 0), GermanHolidays.of("BY"));

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN).toInstant();
  }

  @Test
  void aTicketOpenedOnFridayEveningBeforeABavarianHolidayIsDueOnTuesday() {
    // Friday 2 January 2026, 17:30, after hours; Monday 5 January is a working day, but Tuesday
    // 6 January (Heilige Drei Könige) is a holiday in Bavaria
    Instant opened = at(2026, 1, 2, 17, 30);
    assertThat(BAVARIA.plus(opened, Duration.ofHours(4))).isEqualTo(at(2026, 1, 5, 12, 0));
    // 12 hours: Monday's 9, then Tuesday is a holiday, so Wednesday 11:00
    assertThat(BAVARIA.plus(opened, Duration.ofHours(12))).isEqualTo(at(2026, 1, 7, 11, 0));
  }

  @Test
  void theSameDayIsNoHolidayInAnotherState() {
    BusinessCalendar berlin =
        BusinessCalendar.weekdays(
            BERLIN, LocalTime.of(8, 0), LocalTime.of(17, 0), GermanHolidays.of("be"));
    assertThat(berlin.plus(at(2026, 1, 2, 17, 30), Duration.ofHours(12)))
        .isEqualTo(at(2026, 1, 6, 11, 0));
  }

  @Test
  void businessTimeBetweenCountsOnlyOpeningHours() {
    // Thursday 1 January is New Year's Day everywhere: Friday's 9 hours and Monday's first 1.5
    assertThat(BAVARIA.between(at(2026, 1, 1, 9, 0), at(2026, 1, 5, 9, 30)))
        .isEqualTo(Duration.ofHours(9).plusMinutes(90));
    assertThat(BAVARIA.between(at(2026, 1, 5, 9, 30), at(2026, 1, 5, 9, 0)))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void aDayOnWhichTheClocksChangeKeepsItsOpeningHours() {
    // Sunday 29 March 2026 the clocks go forward; Friday 16:00 plus 2 hours is Monday 9:00 local
    assertThat(BAVARIA.plus(at(2026, 3, 27, 16, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 3, 30, 9, 0));
    assertThat(BAVARIA.between(at(2026, 3, 27, 16, 0), at(2026, 3, 30, 9, 0)))
        .isEqualTo(Duration.ofHours(2));
    // Sunday 25 October 2026 they go back
    assertThat(BAVARIA.plus(at(2026, 10, 23, 16, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 10, 26, 9, 0));
  }

  @Test
  void anUnknownStateIsRefused() {
    assertThatThrownBy(() -> GermanHolidays.of("XX")).isInstanceOf(IllegalArgumentException.class);
  }
}
