package de.opencrm.bench;

import de.opencrm.application.knowledge.KnowledgeService;
import de.opencrm.application.ticket.TicketForm;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.application.ticket.report.ServiceFiguresService;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.ticket.ServiceQueueRepository;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketQueue;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.sla.BusinessCalendar;
import de.opencrm.domain.ticket.sla.SlaClock;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
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
 * The service desk at 100,000 open tickets in one queue: server time p50/p95 of the queue view (a
 * page of 50, oldest first, counted), "my tickets", a search, the ticket page (both SLA clocks
 * measured live), the escalation timer's look-up of what is due, and opening a ticket (numbered,
 * assigned by least open tickets over the live counts, deadlines planned) under 16 users at once;
 * the SLA clocks of all 100,000 tickets measured in one go; and the queue page over HTTP. Not a
 * test: it prints figures and removes its tickets. Size through -Dcrm.bench.tickets.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TicketQueueBenchmark {

  private static final Path RESULTS =
      Path.of(System.getProperty("java.io.tmpdir"), "crm-ticket-benchmark.txt");
  private static final String PREFIX = "Bench-Ticket ";
  private static final int USERS = 16;
  private static final int CALLS_PER_USER = 30;
  private static final String[] STATUSES = {
    "NEW", "ASSIGNED", "IN_PROGRESS", "WAITING_ON_CUSTOMER"
  };
  private static final String[] TOPICS = {"Drucker", "Lieferung", "Rechnung"};
  private static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "HIGH", "URGENT"};

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(
        TicketQueueBenchmark.class, ConcurrentUsers.class, RenderedPages.class);
  }

  @Inject TicketService tickets;
  @Inject TicketRepository repository;
  @Inject ServiceQueueRepository queues;
  @Inject ServiceFiguresService figures;
  @Inject KnowledgeService knowledge;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource database;

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        System.getenv("CRM_DB_URL"),
        System.getenv("CRM_DB_USER"),
        System.getenv("CRM_DB_PASSWORD"));
  }

  @Test
  @Order(1)
  @RunAsClient
  void loadTheQueue() throws Exception {
    int count = Integer.getInteger("crm.bench.tickets", 100_000);
    long start = System.nanoTime();
    try (Connection db = db()) {
      db.setAutoCommit(false);
      List<Long> agents = new ArrayList<>();
      try (Statement query = db.createStatement();
          ResultSet users =
              query.executeQuery(
                  "SELECT id FROM crm_user WHERE username IN ('service', 'service2') ORDER BY id")) {
        while (users.next()) {
          agents.add(users.getLong(1));
        }
      }
      Random random = new Random(20261124);
      Instant now = Instant.now();
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO crm_ticket (id, ticket_number, subject, channel, priority, customer_tier,"
                  + " status, queue_id, assignee_id, opened_at, requester_email,"
                  + " first_response_due_at, resolution_due_at, next_escalation_at,"
                  + " version, created_at, created_by, modified_at, modified_by)"
                  + " VALUES (nextval('crm_ticket_seq'), ?, ?, 'EMAIL', ?, 'STANDARD', ?, 1, ?, ?, ?,"
                  + " ?, ?, ?, 0, ?, 'bench', ?, 'bench')")) {
        for (int i = 0; i < count; i++) {
          String status = STATUSES[random.nextInt(STATUSES.length)];
          Instant opened = now.minusSeconds(random.nextInt(60 * 86_400));
          // due from three hours on: the escalation timer finds nothing due while the benchmark
          // runs
          Instant due = now.plusSeconds(3 * 3600 + random.nextInt(14 * 86_400));
          insert.setString(1, "B-" + (1_000_000 + i));
          insert.setString(2, PREFIX + i + " " + TOPICS[i % TOPICS.length]);
          insert.setString(3, PRIORITIES[random.nextInt(PRIORITIES.length)]);
          insert.setString(4, status);
          if (status.equals("NEW")) {
            insert.setNull(5, java.sql.Types.BIGINT);
          } else {
            insert.setLong(5, agents.get(random.nextInt(agents.size())));
          }
          insert.setTimestamp(6, Timestamp.from(opened));
          insert.setString(7, "kunde" + i + "@bench.example");
          insert.setTimestamp(8, Timestamp.from(due.minusSeconds(86_400)));
          insert.setTimestamp(9, Timestamp.from(due));
          boolean waiting = status.equals("WAITING_ON_CUSTOMER");
          insert.setTimestamp(10, waiting ? null : Timestamp.from(due.minusSeconds(7200)));
          insert.setTimestamp(11, Timestamp.from(opened));
          insert.setTimestamp(12, Timestamp.from(opened));
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
        analyze.execute("VACUUM ANALYZE crm_ticket");
      }
    }
    System.out.printf(
        "%nBENCHMARK data: %,d open tickets in queue Kundenservice loaded in %.1f s%n",
        count, (System.nanoTime() - start) / 1e9);
  }

  @Test
  @Order(2)
  void measureUnderSixteenUsers() throws Exception {
    As service = As.user("service", "demo");
    List<String> lines = new ArrayList<>();
    lines.add(
        measure(
            "queue view (queue, open, oldest first, 50 rows, counted)",
            i ->
                service.call(
                    () -> tickets.listTickets(page(i, Map.of("queue", "1", "status", "open"))))));
    lines.add(
        measure(
            "my tickets (open, oldest first, 50 rows, counted)",
            i ->
                service.call(
                    () ->
                        tickets.listTickets(page(i, Map.of("assignee", "me", "status", "open"))))));
    lines.add(
        measure(
            "queue view searched by subject",
            i ->
                service.call(
                    () ->
                        tickets.listTickets(
                            new PageRequest(
                                0, 50, "openedAt", true, "Lieferung", Map.of("queue", "1"))))));
    List<Long> ids =
        service.call(() -> tickets.listTickets(page(0, Map.of("queue", "1")))).rows().stream()
            .map(r -> r.id())
            .toList();
    lines.add(
        measure(
            "ticket page (both SLA clocks measured live, thread, history)",
            i -> service.call(() -> tickets.loadTicket(ids.get(i % ids.size())))));
    lines.add(
        measure(
            "escalation timer: the tickets due now (at most 500)",
            i -> service.call(() -> repository.escalationsDue(Instant.now(), 500))));
    As manager = As.user("manager", "demo");
    lines.add(
        measure(
            "service overview (every queue's load and SLA state, 30 days' compliance and CSAT)",
            i -> manager.call(() -> figures.overview(30))));
    lines.add(
        measure(
            "knowledge base articles fitting a ticket",
            i -> service.call(() -> knowledge.suggestionsFor(ids.get(i % ids.size())))));
    long queueId = 1;
    lines.add(
        measure(
            "open a ticket (number, least-open assignment over the live counts, deadlines)",
            i -> service.call(() -> tickets.openTicket(form(queueId, i)))));
    lines.add(slaOfAllTickets());
    Files.write(RESULTS, lines);
  }

  private static PageRequest page(int i, Map<String, String> criteria) {
    return new PageRequest(0, 50, "openedAt", true, null, criteria);
  }

  private static TicketForm form(long queueId, int i) {
    TicketForm form = new TicketForm();
    form.setSubject(PREFIX + "neu " + i);
    form.setPriority(TicketPriority.NORMAL);
    form.setQueueId(queueId);
    return form;
  }

  /** Both SLA clocks of every open ticket measured in one go on the queue's calendar. */
  private String slaOfAllTickets() throws Exception {
    TicketQueue queue = queues.findQueue(1).orElseThrow();
    BusinessCalendar calendar = queue.calendar();
    SlaClock clock = new SlaClock(calendar);
    List<Instant> opened = new ArrayList<>();
    try (Connection c = database.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT opened_at FROM crm_ticket WHERE status <> 'SOLVED' AND status <> 'CLOSED'")) {
      while (r.next()) {
        opened.add(r.getTimestamp(1).toInstant());
      }
    }
    Instant now = Instant.now();
    long start = System.nanoTime();
    long breached = 0;
    for (Instant at : opened) {
      breached +=
          clock
                  .measure(at, List.of(), null, Duration.ofMinutes(480), 75, now)
                  .remaining()
                  .isNegative()
              ? 1
              : 0;
      clock.measure(at, List.of(), null, Duration.ofMinutes(2400), 75, now);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return String.format(
        "SLA evaluation of all %,d open tickets (both clocks, business hours and holidays): %.2f s,"
            + " %.1f µs per ticket (%,d past their first response)",
        opened.size(), seconds, seconds * 1e6 / opened.size(), breached);
  }

  @Test
  @Order(3)
  @RunAsClient
  void renderThePageAndPrint() throws Exception {
    URI crm = URI.create("http://127.0.0.1:8080/crm/");
    HttpClient service = FormLogin.session(crm, "service", "demo");
    List<String> lines = new ArrayList<>(Files.readAllLines(RESULTS));
    lines.add(
        RenderedPages.rendered(service, crm.resolve("tickets/list.xhtml"), "crm-ticket-link"));
    System.out.println();
    lines.forEach(line -> System.out.println("BENCHMARK " + line));
    System.out.println();
    try (Connection db = db();
        Statement forget = db.createStatement()) {
      String mine = "(SELECT id FROM crm_ticket WHERE subject LIKE '" + PREFIX + "%')";
      forget.executeUpdate("DELETE FROM crm_assignment_record WHERE ticket_id IN " + mine);
      forget.executeUpdate("DELETE FROM crm_ticket_message WHERE ticket_id IN " + mine);
      forget.executeUpdate("DELETE FROM crm_ticket WHERE subject LIKE '" + PREFIX + "%'");
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
