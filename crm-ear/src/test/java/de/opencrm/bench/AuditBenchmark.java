package de.opencrm.bench;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.audit.AuditService;
import de.opencrm.application.audit.Verification;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditChainHead;
import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.audit.AuditEntry;
import de.opencrm.domain.audit.AuditEvent;
import de.opencrm.domain.audit.FieldChange;
import de.opencrm.infrastructure.audit.AuditWriter;
import de.opencrm.it.As;
import de.opencrm.it.CrmDeployment;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What the audit journal costs: a write with and without its entry (the same UPDATE in one
 * transaction, plain, and with the journal's append), the application's audited update beside them,
 * and the verification of a chain of 1,000,000 entries. Not a test: it prints figures. Run it as
 * README.md says; the chain's size through -Dcrm.bench.auditEntries.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditBenchmark {

  private static final Path RESULTS =
      Path.of(System.getProperty("java.io.tmpdir"), "crm-audit-benchmark.txt");
  private static final int WRITES = 300;
  private static final int COPY_CHUNK = 50_000;

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(AuditBenchmark.class);
  }

  @Inject AccountService accounts;
  @Inject AuditService audit;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  @Resource(lookup = "java:jboss/UserTransaction")
  UserTransaction transaction;

  /** Appends a chain of entries after the journal's head with COPY, hashes computed as written. */
  @Test
  @Order(1)
  @RunAsClient
  void appendAMillionEntries() throws Exception {
    int entries = Integer.getInteger("crm.bench.auditEntries", 1_000_000);
    long start = System.nanoTime();
    try (Connection db =
        DriverManager.getConnection(
            System.getenv("CRM_DB_URL"),
            System.getenv("CRM_DB_USER"),
            System.getenv("CRM_DB_PASSWORD"))) {
      db.setAutoCommit(false);
      AuditChainHead head;
      try (PreparedStatement lock =
              db.prepareStatement(
                  "SELECT last_id, last_hash FROM crm_audit_chain WHERE id = 1 FOR UPDATE");
          ResultSet row = lock.executeQuery()) {
        row.next();
        head = new AuditChainHead(row.getLong(1), row.getString(2));
      }
      CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
      StringBuilder rows = new StringBuilder();
      Instant at = Instant.parse("2026-01-01T08:00:00Z");
      for (int i = 0; i < entries; i++) {
        AuditEntry entry =
            head.append(
                new AuditEvent(
                    at.plusSeconds(i * 30L),
                    i % 3 == 0 ? "sales" : "sales2",
                    AuditChannel.UI,
                    "10.0.0." + (i % 200),
                    AuditAction.UPDATE,
                    "Account",
                    1_000_000L + i % 200_000,
                    "Müller Logistik GmbH",
                    List.of(new FieldChange("billingAddress.city", "Köln", "Bonn " + i))));
        csv(rows, entry);
        if ((i + 1) % COPY_CHUNK == 0 || i == entries - 1) {
          copy.copyIn(
              "COPY crm_audit_entry (id, at, username, channel, address, action, record_type,"
                  + " record_id, record_label, changes, previous_hash, hash) FROM STDIN WITH"
                  + " (FORMAT csv)",
              new StringReader(rows.toString()));
          rows.setLength(0);
        }
      }
      try (PreparedStatement move =
          db.prepareStatement(
              "UPDATE crm_audit_chain SET last_id = ?, last_hash = ? WHERE id = 1")) {
        move.setLong(1, head.lastId());
        move.setString(2, head.lastHash());
        move.executeUpdate();
      }
      db.commit();
      db.setAutoCommit(true);
      try (var vacuum = db.createStatement()) {
        vacuum.execute("VACUUM ANALYZE crm_audit_entry");
      }
    }
    System.out.printf(
        "%nBENCHMARK audit: %,d chained entries appended with COPY in %.1f s%n",
        entries, (System.nanoTime() - start) / 1e9);
  }

  @Test
  @Order(2)
  void measure() throws Exception {
    As sales = As.user("sales", "demo");
    AccountForm form = new AccountForm();
    form.setName("Messbar Audit GmbH");
    form.setCity("Köln");
    long id = sales.call(() -> accounts.createAccount(form));
    List<String> lines = new ArrayList<>();

    List<Long> plain = measure(i -> update(id, "Plain " + i, false));
    List<Long> journaled = measure(i -> update(id, "Journal " + i, true));
    List<Long> application =
        measure(
            i ->
                sales.run(
                    () -> {
                      AccountForm loaded = accounts.loadAccount(id);
                      loaded.setCity("App " + i);
                      accounts.updateAccount(loaded);
                    }));
    lines.add(
        String.format(
            "audit cost of a write, %d updates each, one at a time: plain UPDATE p50 %.2f ms p95"
                + " %.2f ms | same UPDATE with its journal entry p50 %.2f ms p95 %.2f ms |"
                + " application's audited update (load, change, save) p50 %.2f ms p95 %.2f ms",
            WRITES,
            percentile(plain, 50),
            percentile(plain, 95),
            percentile(journaled, 50),
            percentile(journaled, 95),
            percentile(application, 50),
            percentile(application, 95)));

    Verification verification = As.user("auditor", "demo").call(() -> audit.verifyChain());
    lines.add(
        String.format(
            "audit chain verification: %,d entries, %s, in %.1f s (%.0f entries/s)",
            verification.result().checked(),
            verification.result().intact()
                ? "intact"
                : "BROKEN at " + verification.result().brokenAt(),
            verification.took().toMillis() / 1000.0,
            verification.result().checked()
                * 1000.0
                / Math.max(1, verification.took().toMillis())));
    Files.write(RESULTS, lines);
  }

  @Test
  @Order(3)
  @RunAsClient
  void printFigures() throws Exception {
    System.out.println();
    Files.readAllLines(RESULTS).forEach(line -> System.out.println("BENCHMARK " + line));
    System.out.println();
  }

  /** One numbered write. */
  @FunctionalInterface
  interface Write {
    void run(int i) throws Exception;
  }

  private List<Long> measure(Write write) throws Exception {
    for (int i = 0; i < 30; i++) {
      write.run(i);
    }
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < WRITES; i++) {
      long start = System.nanoTime();
      write.run(i);
      times.add(System.nanoTime() - start);
    }
    Collections.sort(times);
    return times;
  }

  /** The UPDATE the application's save comes down to, in a transaction, with or without journal. */
  private void update(long id, String city, boolean journal) throws Exception {
    transaction.begin();
    try (Connection db = dataSource.getConnection();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE crm_account SET billing_city = ?, version = version + 1,"
                    + " modified_at = ?, modified_by = 'sales' WHERE id = ?")) {
      update.setString(1, city);
      update.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      update.setLong(3, id);
      update.executeUpdate();
      if (journal) {
        AuditWriter.append(
            List.of(
                new AuditEvent(
                    Instant.now(),
                    "sales",
                    AuditChannel.UI,
                    "10.0.0.1",
                    AuditAction.UPDATE,
                    "Account",
                    id,
                    "Messbar Audit GmbH",
                    List.of(new FieldChange("billingAddress.city", null, city)))));
      }
      transaction.commit();
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }

  private static double percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
  }

  private static void csv(StringBuilder rows, AuditEntry e) {
    Object[] values = {
      e.getId(),
      e.getAt().atOffset(ZoneOffset.UTC),
      e.getUsername(),
      e.getChannel(),
      e.getAddress(),
      e.getAction(),
      e.getRecordType(),
      e.getRecordId(),
      e.getRecordLabel(),
      e.getChanges(),
      e.getPreviousHash(),
      e.getHash()
    };
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        rows.append(',');
      }
      if (values[i] != null) {
        rows.append('"').append(String.valueOf(values[i]).replace("\"", "\"\"")).append('"');
      }
    }
    rows.append('\n');
  }
}
