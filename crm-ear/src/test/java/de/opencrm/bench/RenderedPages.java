package de.opencrm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A page fetched over HTTP by one signed-in user after a warm-up: its p50 and p95. */
final class RenderedPages {

  private static final int WARM_UP = 20;
  private static final int CALLS = 100;

  private RenderedPages() {}

  /** The timing line of the page, counting how often the marker stands in it (rows, cards). */
  static String rendered(HttpClient client, URI page, String counted) throws Exception {
    HttpRequest get = HttpRequest.newBuilder(page).header("Accept-Language", "de-DE").build();
    for (int i = 0; i < WARM_UP; i++) {
      client.send(get, HttpResponse.BodyHandlers.discarding());
    }
    List<Long> times = new ArrayList<>();
    int found = 0;
    for (int i = 0; i < CALLS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer = client.send(get, HttpResponse.BodyHandlers.ofString());
      times.add(System.nanoTime() - start);
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(page + " answered " + answer.statusCode());
      }
      found = answer.body().split(counted, -1).length - 1;
    }
    Collections.sort(times);
    return String.format(
        "%s rendered (HTTP GET, %d x '%s', one user, %d calls): p50 %.1f ms, p95 %.1f ms",
        page.getPath(),
        found,
        counted,
        CALLS,
        ConcurrentUsers.percentile(times, 50),
        ConcurrentUsers.percentile(times, 95));
  }
}
