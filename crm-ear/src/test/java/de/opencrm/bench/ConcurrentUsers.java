package de.opencrm.bench;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/** A workload called by several users at once on the server's threads, and its percentiles. */
final class ConcurrentUsers {

  private static final int WARM_UP_CALLS = 40;

  private ConcurrentUsers() {}

  /** One numbered call of a workload. */
  @FunctionalInterface
  interface Workload {
    Object call(int i) throws Exception;
  }

  /** A warm-up, then every user's calls at once; answers each call's time in ns, sorted. */
  static List<Long> measure(
      ManagedExecutorService executor, int users, int callsPerUser, Workload workload)
      throws Exception {
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      workload.call(i);
    }
    List<Future<List<Long>>> running = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      int user = u;
      Callable<List<Long>> calls =
          () -> {
            List<Long> times = new ArrayList<>();
            for (int c = 0; c < callsPerUser; c++) {
              long start = System.nanoTime();
              workload.call(user * callsPerUser + c);
              times.add(System.nanoTime() - start);
            }
            return times;
          };
      running.add(executor.submit(calls));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> user : running) {
      all.addAll(user.get());
    }
    Collections.sort(all);
    return all;
  }

  /** The percentile of sorted times in nanoseconds, in milliseconds. */
  /** "name, 16 users x 30 calls: p50 … ms, p95 … ms" of the sorted call times. */
  static String summary(String name, int users, int callsPerUser, List<Long> sorted) {
    return String.format(
        "%s, %d users x %d calls: p50 %.1f ms, p95 %.1f ms",
        name, users, callsPerUser, percentile(sorted, 50), percentile(sorted, 95));
  }

  static double percentile(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
