package de.opencrm.domain.ticket.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A team's business time: opening hours per weekday in the team's time zone, closed on public
 * holidays. Hours are wall-clock hours, so a day on which the clocks change still has its hours
 * (the night lost or gained lies outside them).
 */
public final class BusinessCalendar {

  /** Opening hours of one weekday, from open to close on the same day. */
  public record Hours(LocalTime open, LocalTime close) {
    public Hours {
      if (!close.isAfter(open)) {
        throw new IllegalArgumentException("closing " + close + " is not after opening " + open);
      }
    }
  }

  /** How far a search for the next business time goes before giving up: years of holidays. */
  private static final int MAX_DAYS = 3 * 366;

  private final ZoneId zone;
  private final Map<DayOfWeek, Hours> week;
  private final Predicate<LocalDate> holiday;

  public BusinessCalendar(ZoneId zone, Map<DayOfWeek, Hours> week, Predicate<LocalDate> holiday) {
    if (week.isEmpty()) {
      throw new IllegalArgumentException("a business week needs at least one open day");
    }
    this.zone = zone;
    this.week = new EnumMap<>(week);
    this.holiday = holiday;
  }

  /** Monday to Friday with the same hours. */
  public static BusinessCalendar weekdays(
      ZoneId zone, LocalTime open, LocalTime close, Predicate<LocalDate> holiday) {
    Map<DayOfWeek, Hours> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        week.put(day, new Hours(open, close));
      }
    }
    return new BusinessCalendar(zone, week, holiday);
  }

  /** The instant that lies the given business time after the start. */
  public Instant plus(Instant start, Duration businessTime) {
    if (businessTime.isNegative()) {
      throw new IllegalArgumentException("negative business time " + businessTime);
    }
    Duration left = businessTime;
    LocalDate day = LocalDate.ofInstant(start, zone);
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      Hours hours = openOn(day);
      if (hours == null) {
        continue;
      }
      Instant from = max(start, at(day, hours.open()));
      Instant to = at(day, hours.close());
      if (!from.isBefore(to)) {
        continue;
      }
      Duration available = Duration.between(from, to);
      if (available.compareTo(left) >= 0) {
        return from.plus(left);
      }
      left = left.minus(available);
    }
    throw new IllegalStateException("no business time within " + MAX_DAYS + " days of " + start);
  }

  /** The business time between two instants (zero when the end is not after the start). */
  public Duration between(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    if (!to.isAfter(from)) {
      return total;
    }
    LocalDate last = LocalDate.ofInstant(to, zone);
    for (LocalDate day = LocalDate.ofInstant(from, zone);
        !day.isAfter(last);
        day = day.plusDays(1)) {
      Hours hours = openOn(day);
      if (hours == null) {
        continue;
      }
      Instant start = max(from, at(day, hours.open()));
      Instant end = min(to, at(day, hours.close()));
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  /** The day's hours, or none when it is a weekend day or a holiday. */
  private Hours openOn(LocalDate day) {
    Hours hours = week.get(day.getDayOfWeek());
    return hours == null || holiday.test(day) ? null : hours;
  }

  private Instant at(LocalDate day, LocalTime time) {
    return ZonedDateTime.of(day, time, zone).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  public ZoneId zone() {
    return zone;
  }
}
