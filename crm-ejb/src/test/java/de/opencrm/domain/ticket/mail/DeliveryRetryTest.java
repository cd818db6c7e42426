package de.opencrm.domain.ticket.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryRetryTest {

  private static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

  private static Duration waitAfter(int failed) {
    return Duration.between(AT, DeliveryRetry.nextAttempt(failed, AT).orElseThrow());
  }

  @Test
  void waitsLongerAfterEachFailureButNeverMoreThanAnHour() {
    assertThat(waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(waitAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(waitAfter(7)).isEqualTo(Duration.ofHours(1));
    assertThat(waitAfter(11)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertThat(DeliveryRetry.nextAttempt(DeliveryRetry.MAX_ATTEMPTS, AT)).isEmpty();
  }
}
