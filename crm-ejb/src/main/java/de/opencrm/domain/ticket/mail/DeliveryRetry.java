package de.opencrm.domain.ticket.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a reply the relay did not take is tried again: after 1, 2, 4, 8 … minutes, at most an hour
 * apart, and given up (shown as failed on the ticket, to be sent again by hand) after the last
 * attempt. A reply is never dropped silently.
 */
public final class DeliveryRetry {

  /** Attempts before a reply counts as failed: about nine hours of trying. */
  public static final int MAX_ATTEMPTS = 12;

  private static final Duration LONGEST = Duration.ofHours(1);

  private DeliveryRetry() {}

  /** When to try again after the given number of failed attempts; empty once to give up. */
  public static Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
    if (failedAttempts >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    Duration wait = Duration.ofMinutes(1L << Math.min(Math.max(failedAttempts - 1, 0), 6));
    return Optional.of(failedAt.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait));
  }
}
