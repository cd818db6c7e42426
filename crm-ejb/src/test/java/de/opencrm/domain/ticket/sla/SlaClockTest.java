package de.opencrm.domain.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final SlaClock CLOCK =
      new SlaClock(
          BusinessCalendar.weekdays(BERLIN, LocalTime.of(8, 0), LocalTime.of(17, 0), day -> false));
  private static final Duration EIGHT_HOURS = Duration.ofHours(8);

  private static Instant at(int day, int hour) {
    return LocalDateTime.of(2026, 11, day, hour, 0).atZone(BERLIN).toInstant();
  }

  @Test
  void theClockRunsInBusinessTimeAndWarnsAtTheThreshold() {
    // Monday 23 November 2026, 9:00; at 15:00 six of eight hours are used
    SlaStatus status = CLOCK.measure(at(23, 9), List.of(), null, EIGHT_HOURS, 75, at(23, 15));

    assertThat(status.state()).isEqualTo(SlaState.WARNING);
    assertThat(status.used()).isEqualTo(Duration.ofHours(6));
    assertThat(status.percent()).isEqualTo(75);
    assertThat(status.due()).isEqualTo(at(23, 17));
  }

  @Test
  void waitingOnTheCustomerStopsTheClockAndItGoesOnAfterwards() {
    List<Pause> waiting = List.of(new Pause(at(23, 10), at(24, 10)));
    SlaStatus resumed = CLOCK.measure(at(23, 9), waiting, null, EIGHT_HOURS, 75, at(24, 12));
    assertThat(resumed.used()).isEqualTo(Duration.ofHours(3));
    assertThat(resumed.state()).isEqualTo(SlaState.RUNNING);
    assertThat(resumed.due()).isEqualTo(at(24, 17));

    SlaStatus paused =
        CLOCK.measure(
            at(23, 9), List.of(Pause.since(at(23, 10))), null, EIGHT_HOURS, 75, at(25, 9));
    assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
    assertThat(paused.used()).isEqualTo(Duration.ofHours(1));
    assertThat(paused.due()).isNull();
  }

  @Test
  void pastTheTargetItIsBreachedAndMetInTimeItStaysMet() {
    SlaStatus late = CLOCK.measure(at(23, 9), List.of(), null, EIGHT_HOURS, 75, at(24, 10));
    assertThat(late.state()).isEqualTo(SlaState.BREACHED);
    assertThat(late.remaining()).isEqualTo(Duration.ofHours(-2));

    SlaStatus met = CLOCK.measure(at(23, 9), List.of(), at(23, 16), EIGHT_HOURS, 75, at(27, 9));
    assertThat(met.state()).isEqualTo(SlaState.MET);
    assertThat(met.used()).isEqualTo(Duration.ofHours(7));

    SlaStatus metLate = CLOCK.measure(at(23, 9), List.of(), at(24, 12), EIGHT_HOURS, 75, at(27, 9));
    assertThat(metLate.state()).isEqualTo(SlaState.BREACHED);
  }
}
