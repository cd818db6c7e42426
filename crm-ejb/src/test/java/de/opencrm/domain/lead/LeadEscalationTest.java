package de.opencrm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadEscalationTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-23T08:00:00Z");
  private static final Duration DAY = Duration.ofHours(24);

  @Test
  void aLeadNobodyStartedOnIsDueOnceTheHoursHavePassed() {
    assertThat(LeadEscalation.isDue(LeadStatus.ASSIGNED, RECEIVED, null, RECEIVED.plus(DAY), DAY))
        .isTrue();
    assertThat(LeadEscalation.isDue(LeadStatus.NEW, RECEIVED, null, RECEIVED.plus(DAY), DAY))
        .isTrue();
    assertThat(
            LeadEscalation.isDue(
                LeadStatus.ASSIGNED, RECEIVED, null, RECEIVED.plus(DAY).minusSeconds(1), DAY))
        .isFalse();
  }

  @Test
  void aLeadBeingWorkedOnOrEscalatedAlreadyIsNotDueAndZeroHoursSwitchItOff() {
    Instant later = RECEIVED.plus(Duration.ofDays(3));
    assertThat(LeadEscalation.isDue(LeadStatus.WORKING, RECEIVED, null, later, DAY)).isFalse();
    assertThat(LeadEscalation.isDue(LeadStatus.MQL, RECEIVED, null, later, DAY)).isFalse();
    assertThat(LeadEscalation.isDue(LeadStatus.ASSIGNED, RECEIVED, later, later, DAY)).isFalse();
    assertThat(LeadEscalation.isDue(LeadStatus.ASSIGNED, RECEIVED, null, later, Duration.ZERO))
        .isFalse();
  }
}
