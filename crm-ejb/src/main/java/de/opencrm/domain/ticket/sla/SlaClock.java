package de.opencrm.domain.ticket.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Measures a ticket against a target in business time: from its start to when the target was met
 * (first response, resolution) or to now, less the business time it spent waiting on the customer.
 * A warning starts at the given share of the target, the breach at all of it.
 */
public final class SlaClock {

  private final BusinessCalendar calendar;

  public SlaClock(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  public SlaStatus measure(
      Instant start,
      List<Pause> pauses,
      Instant metAt,
      Duration target,
      int warnPercent,
      Instant now) {
    Instant end = metAt != null ? metAt : now;
    Duration used = calendar.between(start, end);
    boolean paused = false;
    for (Pause pause : pauses) {
      Instant to = pause.isOpen() ? end : min(pause.to(), end);
      used = used.minus(calendar.between(max(pause.from(), start), to));
      paused |= pause.isOpen() && metAt == null;
    }
    Duration remaining = target.minus(used);
    int percent =
        target.isZero() ? 100 : (int) Math.min(999, used.toSeconds() * 100 / target.toSeconds());
    SlaState state;
    Instant due = null;
    if (remaining.isNegative() || (remaining.isZero() && metAt == null)) {
      state = SlaState.BREACHED;
    } else if (metAt != null) {
      state = SlaState.MET;
    } else if (paused) {
      state = SlaState.PAUSED;
    } else {
      state = percent >= warnPercent ? SlaState.WARNING : SlaState.RUNNING;
      due = calendar.plus(now, remaining);
    }
    return new SlaStatus(state, used, remaining, percent, due);
  }

  /**
   * When the clock, running from now, reaches the warning share and the target; both null once the
   * target is met or while the clock stands (waiting on the customer), now when already passed.
   * Stored on the ticket, they let a timer find what is due without measuring every open ticket.
   */
  public SlaDeadlines deadlines(
      Instant start,
      List<Pause> pauses,
      Instant metAt,
      Duration target,
      int warnPercent,
      Instant now) {
    if (metAt != null || pauses.stream().anyMatch(Pause::isOpen)) {
      return SlaDeadlines.NONE;
    }
    SlaStatus status = measure(start, pauses, null, target, warnPercent, now);
    Duration remaining = status.remaining();
    Duration beforeWarning =
        remaining.minus(target.multipliedBy(100L - warnPercent).dividedBy(100L));
    return new SlaDeadlines(
        beforeWarning.isNegative() || beforeWarning.isZero()
            ? now
            : calendar.plus(now, beforeWarning),
        remaining.isNegative() || remaining.isZero() ? now : calendar.plus(now, remaining));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
