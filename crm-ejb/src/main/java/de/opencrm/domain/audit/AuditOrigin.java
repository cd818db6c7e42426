package de.opencrm.domain.audit;

/**
 * Where the request the current thread serves came from: the web layer sets it for each request
 * (channel and client address) and clears it afterwards; work without one (timers, background jobs)
 * is recorded as batch or system work.
 */
public final class AuditOrigin {

  /** A request's channel and client address. */
  public record Origin(AuditChannel channel, String address) {}

  private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

  private AuditOrigin() {}

  public static void set(AuditChannel channel, String address) {
    CURRENT.set(new Origin(channel, address));
  }

  public static void clear() {
    CURRENT.remove();
  }

  /** The current request's origin, or null outside a request. */
  public static Origin current() {
    return CURRENT.get();
  }
}
