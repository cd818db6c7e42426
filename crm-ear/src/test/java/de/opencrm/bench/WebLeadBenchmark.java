package de.opencrm.bench;

import de.opencrm.it.CrmDeployment;
import de.opencrm.it.LeadInbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leads posted to the public web-to-lead endpoint by many clients at once (HTTP, JSON, rate limit,
 * checks, the submission stored in the inbox and committed), beside the raw PostgreSQL rate of an
 * equivalent transaction (look up the person's open lead, insert the lead) by as many JDBC
 * connections, in the same run; then how long the inbox took to turn all of them into leads
 * (duplicate look-up, scoring, routing, audit journal), and every lead the endpoint acknowledged is
 * counted in the database. Not a test: it prints figures. Run it as README.md says (with a rate
 * limit high enough for one client address).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebLeadBenchmark {

  private static final URI ENDPOINT = URI.create("http://127.0.0.1:8080/crm/api/v1/web-leads");
  private static final int CLIENTS = Integer.getInteger("crm.bench.clients", 16);
  private static final int LEADS_PER_CLIENT = Integer.getInteger("crm.bench.leadsPerClient", 150);

  /**
   * Leads each client sends before measuring, so the server's JIT compiler has compiled the path
   * (on a just started server it takes a core for itself for about a minute).
   */
  private static final int WARM_UP_PER_CLIENT =
      Integer.getInteger("crm.bench.warmUpPerClient", 150);

  /** Client numbers from here on are the warm-up's, not counted. */
  private static final int WARM_UP = 9000;

  private static final String[] POSTAL = {"20457", "80331", "50667", "01099", "70173", "10115"};

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  /** One numbered submission; true when it was acknowledged (stored). */
  @FunctionalInterface
  interface Submission {
    boolean send(int client, int i) throws Exception;
  }

  /**
   * A measured run: each submission's time, how many were acknowledged in how long, and how long
   * from the first submission until the inbox had turned every one into a lead.
   */
  private record Run(List<Long> times, int acknowledged, double seconds, double untilLeads) {
    double rate() {
      return acknowledged / seconds;
    }

    double leadRate() {
      return acknowledged / untilLeads;
    }
  }

  @Test
  void postLeadsFromManyClientsAndCompareWithRawSql() throws Exception {
    String tag = "bench" + Long.toString(System.nanoTime(), 36);
    // HTTP/1.1: each client its own connection, as visitors' browsers post a website's forms (the
    // client's default, HTTP/2, would send everything over one connection)
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(CLIENTS))
            .build();
    Submission viaApi =
        (client, i) -> {
          String body =
              "{\"firstName\":\"Lea\",\"lastName\":\""
                  + tag
                  + "-"
                  + client
                  + "-"
                  + i
                  + "\",\"email\":\"lea."
                  + client
                  + "."
                  + i
                  + "@"
                  + tag
                  + ".de\",\"company\":\"Benchmark GmbH\",\"postalCode\":\""
                  + POSTAL[i % POSTAL.length]
                  + "\",\"message\":\"Bitte um Rückruf\",\"utmCampaign\":\"bench\"}";
          HttpResponse<String> answer =
              http.send(
                  HttpRequest.newBuilder(ENDPOINT)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() != 202) {
            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
          }
          return true;
        };
    String url = System.getenv("CRM_DB_URL");
    String user = System.getenv("CRM_DB_USER");
    String password = System.getenv("CRM_DB_PASSWORD");
    ThreadLocal<Connection> connections =
        ThreadLocal.withInitial(
            () -> {
              try {
                Connection db = DriverManager.getConnection(url, user, password);
                db.setAutoCommit(false);
                return db;
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    String raw = "raw" + tag;
    Submission viaSql =
        (client, i) -> {
          Connection db = connections.get();
          String last = raw + "-" + client + "-" + i;
          String email = "lea." + client + "." + i + "@" + raw + ".de";
          try (PreparedStatement find =
              db.prepareStatement(
                  "SELECT id FROM crm_lead WHERE email = ? AND LOWER(last_name) = ?"
                      + " AND status IN ('NEW', 'ASSIGNED', 'WORKING', 'MQL', 'SQL')"
                      + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            find.setString(1, email);
            find.setString(2, last.toLowerCase());
            try (ResultSet found = find.executeQuery()) {
              found.next();
            }
          }
          try (PreparedStatement insert =
              db.prepareStatement(
                  "INSERT INTO crm_lead (id, first_name, last_name, email, company, postal_code,"
                      + " country, message, status, score, source, utm_campaign, captured_at,"
                      + " submissions, version, created_at, created_by, modified_at, modified_by)"
                      + " VALUES (nextval('crm_lead_seq'), 'Lea', ?, ?, 'Benchmark GmbH', ?, 'DE',"
                      + " 'Bitte um Rückruf', 'NEW', 0, 'API', 'bench', ?, 1, 0, ?, 'web', ?,"
                      + " 'web')")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, last);
            insert.setString(2, email);
            insert.setString(3, POSTAL[i % POSTAL.length]);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
          }
          db.commit();
          return true;
        };

    Run sql = run(viaSql, url, user, password);
    Run api = run(viaApi, url, user, password);

    long stored;
    try (Connection db = DriverManager.getConnection(url, user, password);
        PreparedStatement count =
            db.prepareStatement(
                "SELECT COUNT(*) FROM crm_lead WHERE last_name LIKE ? AND last_name NOT LIKE ?")) {
      count.setString(1, tag + "-%");
      count.setString(2, tag + "-9___-%");
      try (ResultSet result = count.executeQuery()) {
        result.next();
        stored = result.getLong(1);
      }
      try (PreparedStatement cleanUp =
          db.prepareStatement("DELETE FROM crm_lead WHERE last_name LIKE ?")) {
        cleanUp.setString(1, raw + "-%");
        cleanUp.executeUpdate();
      }
    }
    System.out.println();
    System.out.printf(
        "BENCHMARK web leads, %d clients x %d leads:%n"
            + "BENCHMARK   raw SQL (look-up + insert + commit): %.0f leads/s, p50 %.1f ms, p99 %.1f ms%n"
            + "BENCHMARK   endpoint (HTTP, checks, rate limit, stored in the inbox): %.0f leads/s,"
            + " p50 %.1f ms, p99 %.1f ms (%.0f %% of the raw rate)%n"
            + "BENCHMARK   inbox to leads (duplicates, scoring, routing, audit): all %d leads %.1f s"
            + " after the first submission, %.0f leads/s%n"
            + "BENCHMARK   acknowledged %d, found in the database %d%n",
        CLIENTS,
        LEADS_PER_CLIENT,
        sql.rate(),
        percentile(sql.times(), 50),
        percentile(sql.times(), 99),
        api.rate(),
        percentile(api.times(), 50),
        percentile(api.times(), 99),
        100 * api.rate() / sql.rate(),
        api.acknowledged(),
        api.untilLeads(),
        api.leadRate(),
        api.acknowledged(),
        stored);
    System.out.println();
  }

  /**
   * A warm-up by every client at once, the statistics autovacuum would gather by then (the test
   * machines run PostgreSQL with autovacuum off), then every client's submissions at once,
   * measured.
   */
  private static Run run(Submission submission, String url, String user, String password)
      throws Exception {
    send(submission, WARM_UP, WARM_UP_PER_CLIENT);
    LeadInbox.drained(Duration.ofMinutes(10));
    try (Connection db = DriverManager.getConnection(url, user, password);
        Statement vacuum = db.createStatement()) {
      vacuum.execute("VACUUM ANALYZE crm_lead");
      vacuum.execute("VACUUM ANALYZE crm_lead_inbox");
    }
    long start = System.nanoTime();
    Run sent = send(submission, 0, LEADS_PER_CLIENT);
    LeadInbox.drained(Duration.ofMinutes(10));
    double untilLeads = (System.nanoTime() - start) / 1e9;
    return new Run(sent.times(), sent.acknowledged(), sent.seconds(), untilLeads);
  }

  private static Run send(Submission submission, int firstClient, int perClient) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    AtomicInteger acknowledged = new AtomicInteger();
    List<Future<List<Long>>> all = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int client = firstClient + c;
      all.add(
          clients.submit(
              () -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                  long sent = System.nanoTime();
                  if (submission.send(client, i)) {
                    acknowledged.incrementAndGet();
                  }
                  times.add(System.nanoTime() - sent);
                }
                return times;
              }));
    }
    List<Long> times = new ArrayList<>();
    for (Future<List<Long>> client : all) {
      times.addAll(client.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    clients.shutdown();
    Collections.sort(times);
    return new Run(times, acknowledged.get(), seconds, seconds);
  }

  private static double percentile(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
