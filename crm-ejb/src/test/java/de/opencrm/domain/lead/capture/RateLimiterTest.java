package de.opencrm.domain.lead.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void letsTheLimitPassThenSaysHowLongToWaitAndForgetsOldRequests() {
    RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), 100);
    assertThat(limiter.acquire("10.0.0.1", T0)).isEmpty();
    assertThat(limiter.acquire("10.0.0.1", T0.plusSeconds(10))).isEmpty();
    assertThat(limiter.acquire("10.0.0.1", T0.plusSeconds(20))).isEmpty();
    assertThat(limiter.acquire("10.0.0.1", T0.plusSeconds(30))).contains(Duration.ofSeconds(30));
    assertThat(limiter.acquire("10.0.0.2", T0.plusSeconds(30))).as("another client").isEmpty();
    assertThat(limiter.acquire("10.0.0.1", T0.plusSeconds(61))).as("the first fell out").isEmpty();
    assertThat(limiter.acquire("10.0.0.1", T0.plusSeconds(62))).isPresent();
  }

  @Test
  void tracksAtMostSoManyClients() {
    RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), 2);
    assertThat(limiter.acquire("a", T0)).isEmpty();
    assertThat(limiter.acquire("b", T0)).isEmpty();
    assertThat(limiter.acquire("c", T0)).isEmpty();
    assertThat(limiter.acquire("a", T0.plusSeconds(1)))
        .as("a was forgotten to make room")
        .isEmpty();
    assertThat(limiter.acquire("c", T0.plusSeconds(1))).isPresent();
  }
}
