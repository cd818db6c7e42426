package de.opencrm.bench;

import de.opencrm.application.forecast.ForecastService;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.forecast.ForecastPeriod;
import de.opencrm.it.As;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.FormLogin;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sales board and the forecast of a team with 20,000 open opportunities (and 5,000 closed
 * ones): server time p50/p95 of the board (totals of every stage and its first cards, with and
 * without filters), the quarter's forecast and year to date as the team's manager under 16 users at
 * once, and of both pages rendered over HTTP. Not a test: it prints figures and removes its
 * opportunities again. Size through -Dcrm.bench.opportunities.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpportunityBoardBenchmark {

  private static final Path RESULTS =
      Path.of(System.getProperty("java.io.tmpdir"), "crm-board-benchmark.txt");
  private static final String PREFIX = "Bench-Tafel-";
  private static final int USERS = 16;
  private static final int CALLS_PER_USER = 30;

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(
        OpportunityBoardBenchmark.class, ConcurrentUsers.class, RenderedPages.class);
  }

  @Inject OpportunityService opportunities;
  @Inject ForecastService forecasts;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        System.getenv("CRM_DB_URL"),
        System.getenv("CRM_DB_USER"),
        System.getenv("CRM_DB_PASSWORD"));
  }

  @Test
  @Order(1)
  @RunAsClient
  void loadTheTeamsOpportunities() throws Exception {
    int open = Integer.getInteger("crm.bench.opportunities", 20_000);
    int closed = open / 4;
    long start = System.nanoTime();
    try (Connection db = db()) {
      db.setAutoCommit(false);
      List<long[]> owners = new ArrayList<>();
      try (Statement query = db.createStatement();
          ResultSet users =
              query.executeQuery(
                  "SELECT id, team_id FROM crm_user WHERE username IN ('sales', 'manager')")) {
        while (users.next()) {
          owners.add(new long[] {users.getLong(1), users.getLong(2)});
        }
      }
      List<Long> accounts = new ArrayList<>();
      try (Statement query = db.createStatement();
          ResultSet found =
              query.executeQuery(
                  "SELECT id FROM crm_account ORDER BY id FETCH FIRST 2000 ROWS ONLY")) {
        while (found.next()) {
          accounts.add(found.getLong(1));
        }
      }
      Random random = new Random(20261124);
      Timestamp now = Timestamp.from(Instant.now());
      LocalDate today = LocalDate.now();
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO crm_opportunity (id, name, account_id, pipeline_id, stage_id, amount,"
                  + " currency, exchange_rate, amount_eur, probability, expected_close,"
                  + " forecast_category, lost_reason, closed_at, stage_since, owner_id, team_id,"
                  + " version, created_at, created_by, modified_at, modified_by)"
                  + " SELECT nextval('crm_opportunity_seq'), ?, ?, 1, s.id, ?, 'EUR', 1, ?,"
                  + " s.probability, ?, s.forecast_category, CASE WHEN s.outcome = 'LOST' THEN"
                  + " 'Preis' END, CASE WHEN s.outcome <> 'OPEN' THEN CAST(? AS TIMESTAMP WITH TIME ZONE)"
                  + " END, ?, ?, ?, 0, ?,"
                  + " 'bench', ?, 'bench' FROM crm_stage s WHERE s.id = ?")) {
        for (int i = 0; i < open + closed; i++) {
          long[] owner = owners.get(i % owners.size());
          long stage = i < open ? 1 + random.nextInt(4) : 5 + random.nextInt(2);
          java.math.BigDecimal amount =
              java.math.BigDecimal.valueOf(1_000 + random.nextInt(200_000), 0);
          insert.setString(1, PREFIX + i);
          insert.setLong(2, accounts.get(random.nextInt(accounts.size())));
          insert.setBigDecimal(3, amount);
          insert.setBigDecimal(4, amount);
          insert.setObject(5, today.plusDays(random.nextInt(540) - 180));
          insert.setTimestamp(6, now);
          insert.setTimestamp(7, now);
          insert.setLong(8, owner[0]);
          insert.setLong(9, owner[1]);
          insert.setTimestamp(10, now);
          insert.setTimestamp(11, now);
          insert.setLong(12, stage);
          insert.addBatch();
          if (i % 1000 == 999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      db.commit();
      db.setAutoCommit(true);
      try (Statement analyze = db.createStatement()) {
        analyze.execute("VACUUM ANALYZE crm_opportunity");
      }
    }
    System.out.printf(
        "%nBENCHMARK data: %,d open and %,d closed opportunities of team Vertrieb Nord loaded in"
            + " %.1f s%n",
        open, closed, (System.nanoTime() - start) / 1e9);
  }

  @Test
  @Order(2)
  void measureTheBoardUnderSixteenUsers() throws Exception {
    As manager = As.user("manager", "demo");
    LocalDate today = LocalDate.now();
    List<String> lines = new ArrayList<>();
    lines.add(
        measure(
            "board, whole team (totals of 6 stages, first 25 cards each)",
            i -> manager.call(() -> opportunities.board(criteria(Map.of())))));
    lines.add(
        measure(
            "board, one owner and this quarter",
            i ->
                manager.call(
                    () ->
                        opportunities.board(
                            criteria(
                                Map.of(
                                    "owner",
                                    "me",
                                    "closeFrom",
                                    today.withDayOfMonth(1).toString(),
                                    "closeTo",
                                    today.plusMonths(3).toString()))))));
    lines.add(
        measure(
            "forecast, this quarter (per person, team and all, quotas)",
            i -> manager.call(() -> forecasts.forecast(ForecastPeriod.quarterOf(today), null))));
    lines.add(
        measure(
            "year to date with both years by month",
            i -> manager.call(() -> forecasts.yearToDate())));
    Files.write(RESULTS, lines);
  }

  private static PageRequest criteria(Map<String, String> criteria) {
    return new PageRequest(0, 1, null, true, null, criteria);
  }

  @Test
  @Order(3)
  @RunAsClient
  void renderThePageAndPrint() throws Exception {
    URI crm = URI.create("http://127.0.0.1:8080/crm/");
    HttpClient manager = FormLogin.session(crm, "manager", "demo");
    List<String> lines = new ArrayList<>(Files.readAllLines(RESULTS));
    lines.add(
        RenderedPages.rendered(
            manager, crm.resolve("opportunities/board.xhtml"), "crm-board-card\""));
    lines.add(RenderedPages.rendered(manager, crm.resolve("opportunities/forecast.xhtml"), "<tr"));
    System.out.println();
    lines.forEach(line -> System.out.println("BENCHMARK " + line));
    System.out.println();
    try (Connection db = db();
        PreparedStatement forget =
            db.prepareStatement("DELETE FROM crm_opportunity WHERE name LIKE ?")) {
      forget.setString(1, PREFIX + "%");
      forget.executeUpdate();
    }
  }

  /** Every user's calls at once after a warm-up: p50 and p95 of the calls. */
  private String measure(String name, ConcurrentUsers.Workload workload) throws Exception {
    return ConcurrentUsers.summary(
        name,
        USERS,
        CALLS_PER_USER,
        ConcurrentUsers.measure(executor, USERS, CALLS_PER_USER, workload));
  }
}
