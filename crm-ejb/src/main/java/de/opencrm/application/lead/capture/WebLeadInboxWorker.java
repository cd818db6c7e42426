package de.opencrm.application.lead.capture;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the submissions waiting in the web-lead inbox into leads: woken after each accepted
 * submission's commit and every two seconds besides (after a start, or when a wake-up came while it
 * was finishing), one drain at a time per server, in batches of 50 per transaction, yielding to the
 * endpoint while it is storing submissions. A batch that fails is retried one submission at a time,
 * so one bad submission does not hold up the others; it is tried three times and then waits, with
 * its failure, for the administrator. Several servers drain the same inbox safely: each batch's
 * rows are locked, a row another server took is skipped.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebLeadInboxWorker {

  static final int BATCH = 50;
  static final long SWEEP_MILLIS = 2_000;

  private static final Logger LOG = Logger.getLogger(WebLeadInboxWorker.class.getName());

  @Inject WebLeadCaptureService capture;
  @Inject WebLeadGroupCommit intake;
  @Resource ManagedScheduledExecutorService executor;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private ScheduledFuture<?> sweep;

  @PostConstruct
  void startSweeping() {
    sweep =
        executor.scheduleWithFixedDelay(
            this::drain, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stopSweeping() {
    sweep.cancel(false);
  }

  /** A submission was committed to the inbox: drain it soon (at once unless a drain runs). */
  public void wake() {
    wanted.set(true);
    if (!draining.get()) {
      executor.execute(this::drain);
    }
  }

  /** Drains until the inbox is empty, again if a wake-up came meanwhile. */
  void drain() {
    while (draining.compareAndSet(false, true)) {
      try {
        wanted.set(false);
        drainAll();
      } catch (RuntimeException e) {
        // the database away, the server stopping: the next sweep tries again
        LOG.log(Level.WARNING, "The web-lead inbox could not be drained: {0}", e.toString());
        return;
      } finally {
        draining.set(false);
      }
      if (!wanted.get()) {
        return;
      }
    }
  }

  private void drainAll() {
    List<Long> ids = capture.waiting(BATCH);
    while (!ids.isEmpty()) {
      long started = System.nanoTime();
      takeIn(ids);
      yieldToSubmissions(System.nanoTime() - started);
      ids = capture.waiting(BATCH);
    }
  }

  /**
   * While the endpoint is storing submissions, works at most a quarter of the time (it pauses three
   * times as long as the batch took, at most a second), so clients are answered fast during a burst
   * and the inbox catches up after it.
   */
  private void yieldToSubmissions(long batchNanos) {
    if (!intake.busy()) {
      return;
    }
    long pause = Math.min(TimeUnit.NANOSECONDS.toMillis(batchNanos) * 3, 1_000);
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while yielding to submissions", e);
    }
  }

  private void takeIn(List<Long> ids) {
    try {
      capture.takeIn(ids);
    } catch (RuntimeException batchFailed) {
      for (Long id : ids) {
        try {
          capture.takeIn(List.of(id));
        } catch (RuntimeException failed) {
          String why = reason(failed);
          LOG.log(
              Level.WARNING,
              "Web-lead submission {0} did not become a lead: {1}",
              new Object[] {id, why});
          capture.failed(id, why);
        }
      }
    }
  }

  /** The innermost cause's message, which says what went wrong. */
  private static String reason(Throwable failed) {
    Throwable cause = failed;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
