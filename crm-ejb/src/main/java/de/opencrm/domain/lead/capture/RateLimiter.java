package de.opencrm.domain.lead.capture;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} requests per key (a client's address) within a sliding window; a refused
 * request learns how long to wait. Memory stays bounded: at most {@code maxKeys} keys are tracked,
 * the least recently seen dropped first. Thread-safe.
 */
public final class RateLimiter {

  private final int limit;
  private final Duration window;
  private final int maxKeys;
  private final Map<String, Deque<Instant>> seen;

  public RateLimiter(int limit, Duration window, int maxKeys) {
    if (limit < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
      throw new IllegalArgumentException(
          "limit " + limit + ", window " + window + ", keys " + maxKeys);
    }
    this.limit = limit;
    this.window = window;
    this.maxKeys = maxKeys;
    this.seen = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** Empty when the request may pass (and counts it); else how long the client should wait. */
  public synchronized Optional<Duration> acquire(String key, Instant now) {
    Deque<Instant> times = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
    Instant start = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
      times.pollFirst();
    }
    if (times.size() >= limit) {
      Duration wait = Duration.between(now, times.peekFirst().plus(window));
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
    times.addLast(now);
    if (seen.size() > maxKeys) {
      Iterator<String> eldest = seen.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return Optional.empty();
  }
}
