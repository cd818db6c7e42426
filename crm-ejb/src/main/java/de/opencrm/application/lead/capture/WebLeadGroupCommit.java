package de.opencrm.application.lead.capture;

import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.audit.AuditOrigin;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.capture.WebLeadSubmission;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the public endpoints' submissions to the inbox together (group commit): each request hands
 * its submission over and waits; one writer takes everything that waits and stores it in one
 * transaction, then answers each request. Sixteen clients at once cost a few commits instead of
 * sixteen, and a request is answered only once its submission is on disk. A batch that fails is
 * written one submission at a time, so only the failing one is refused. More than {@link
 * WebLeadSettings#waiting()} submissions waiting, or none written within ten seconds, and the
 * client is asked to come back.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebLeadGroupCommit {

  /** How long a request waits for its submission to be written. */
  static final Duration WAIT = Duration.ofSeconds(10);

  /** Submissions written in one transaction at most. */
  static final int MOST_AT_ONCE = 200;

  private static final Logger LOG = Logger.getLogger(WebLeadGroupCommit.class.getName());

  /** What the client is told. */
  public enum Answer {
    /** Stored in the inbox (or caught by the honeypot, which the bot must not notice). */
    ACCEPTED,
    /** The same Idempotency-Key came before: nothing new is stored. */
    REPLAYED,
    /** Too many submissions at the moment: the client should try again shortly. */
    BUSY
  }

  /** A checked submission with where it came from. */
  public record Submitted(
      WebLeadSubmission in,
      LeadSource source,
      String referrer,
      String key,
      AuditChannel channel,
      String address) {}

  private record Waiting(Submitted submitted, CompletableFuture<Boolean> replayed) {}

  @Inject WebLeadCaptureService capture;
  @Inject WebLeadSettings settings;
  @Resource ManagedThreadFactory threads;

  private BlockingQueue<Waiting> queue;
  private Thread writer;
  private volatile boolean running;
  private volatile long lastWritten;

  @PostConstruct
  void startWriting() {
    queue = new ArrayBlockingQueue<>(settings.waiting());
    running = true;
    writer = threads.newThread(this::writeWhileRunning);
    writer.start();
  }

  @PreDestroy
  void stopWriting() {
    running = false;
    writer.interrupt();
    try {
      writer.join(WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stores the submission in the inbox with others waiting at the same moment, and says what to
   * tell the client. A failure to store it is thrown.
   */
  public Answer accept(
      @NotNull WebLeadSubmission in, @NotNull LeadSource source, String referrer, String key) {
    AuditOrigin.Origin origin = AuditOrigin.current();
    Waiting waiting =
        new Waiting(
            new Submitted(
                in,
                source,
                referrer,
                key,
                origin == null ? null : origin.channel(),
                origin == null ? null : origin.address()),
            new CompletableFuture<>());
    if (!queue.offer(waiting)) {
      return Answer.BUSY;
    }
    try {
      return waiting.replayed().get(WAIT.toMillis(), TimeUnit.MILLISECONDS)
          ? Answer.REPLAYED
          : Answer.ACCEPTED;
    } catch (TimeoutException e) {
      // not written yet: the writer skips it, the client sends it again
      waiting.replayed().cancel(false);
      return Answer.BUSY;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      waiting.replayed().cancel(false);
      return Answer.BUSY;
    } catch (ExecutionException failed) {
      // two requests with one new key at once: the first one's submission stands
      if (key != null && capture.seen(key)) {
        return Answer.REPLAYED;
      }
      throw new IllegalStateException("the submission could not be stored", failed.getCause());
    }
  }

  /** Whether submissions came in during the last tenth of a second. */
  public boolean busy() {
    return !queue.isEmpty() || System.nanoTime() - lastWritten < TimeUnit.MILLISECONDS.toNanos(100);
  }

  private void writeWhileRunning() {
    while (running) {
      try {
        Waiting first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        List<Waiting> batch = new ArrayList<>();
        batch.add(first);
        queue.drainTo(batch, MOST_AT_ONCE - 1);
        write(batch);
        lastWritten = System.nanoTime();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Web-lead submissions could not be written", e);
      }
    }
  }

  private void write(List<Waiting> batch) {
    List<Waiting> open = batch.stream().filter(w -> !w.replayed().isDone()).toList();
    if (open.isEmpty()) {
      return;
    }
    try {
      List<Boolean> replayed = capture.acceptAll(open.stream().map(Waiting::submitted).toList());
      for (int i = 0; i < open.size(); i++) {
        open.get(i).replayed().complete(replayed.get(i));
      }
    } catch (RuntimeException failed) {
      if (open.size() == 1) {
        open.get(0).replayed().completeExceptionally(failed);
      } else {
        open.forEach(one -> write(List.of(one)));
      }
    }
  }
}
