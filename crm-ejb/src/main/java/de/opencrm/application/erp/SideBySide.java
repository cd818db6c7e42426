package de.opencrm.application.erp;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Work of a run done side by side on the server's managed threads (the run's files are large and
 * few): each started at once, answered in order; on the first failure everything still going on is
 * cancelled.
 */
final class SideBySide {

  /** What reading a file, or a piece of one, answers. */
  interface Reading<F, T> {
    T read(F file) throws IOException;
  }

  private final ManagedExecutorService executor;
  private final List<Future<?>> started = new ArrayList<>();

  SideBySide(ManagedExecutorService executor) {
    this.executor = executor;
  }

  /** Starts reading each, on a thread of its own; the answers come in the same order. */
  <F, T> List<Future<T>> startEach(List<F> inputs, Reading<F, T> reading) {
    List<Future<T>> pending = new ArrayList<>();
    for (F input : inputs) {
      Future<T> one = executor.submit(() -> reading.read(input));
      pending.add(one);
      started.add(one);
    }
    return pending;
  }

  /** Waits for all of these answers. */
  <T> List<T> answers(List<Future<T>> pending) {
    List<T> answers = new ArrayList<>();
    for (Future<T> one : pending) {
      answers.add(answer(one));
    }
    return answers;
  }

  /** Cancels everything started that is still going on. */
  void cancelAll() {
    started.forEach(f -> f.cancel(true));
  }

  private <T> T answer(Future<T> pending) {
    try {
      return pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelAll();
      throw new IllegalStateException("interrupted while the run's work went on side by side", e);
    } catch (ExecutionException e) {
      cancelAll();
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
