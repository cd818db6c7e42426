package de.opencrm.bench;

import de.opencrm.application.erp.ErpFolders;
import de.opencrm.batch.erp.ErpJobs;
import de.opencrm.it.As;
import de.opencrm.it.CrmDeployment;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * The nightly ERP reconciliation at 1,000,000 debtors and their 1,000,000 invoices against
 * 1,000,000 companies: the job's time beside the raw PostgreSQL floor for the same rows (COPY into
 * a staging table plus one MERGE, for debtors and for invoices), records per second and the
 * server's heap, in one run. The debtors are the generated companies as the ERP knows them; a share
 * has moved (the ERP's address is taken, an audited change) and a share is unknown to the CRM
 * (looked for among similar companies, reported). Not a test: it prints figures. Run it as
 * README.md says; sizes through -Dcrm.bench.debtors, -Dcrm.bench.erpMovedPerMille and
 * -Dcrm.bench.erpUnknownPerMille.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErpReconciliationBenchmark {

  private static final Path RESULTS =
      Path.of(System.getProperty("java.io.tmpdir"), "crm-erp-benchmark.txt");
  private static final Path INBOUND =
      Path.of(System.getProperty("java.io.tmpdir"), "crm-erp-benchmark-inbound.txt");
  private static final int DEBTORS = Integer.getInteger("crm.bench.debtors", 1_000_000);
  private static final int MOVED_PER_MILLE = Integer.getInteger("crm.bench.erpMovedPerMille", 10);
  private static final int UNKNOWN_PER_MILLE =
      Integer.getInteger("crm.bench.erpUnknownPerMille", 1);
  private static final String DEBTOR_FILE = "debtors-benchmark.xml";
  private static final String INVOICE_FILE = "invoices-benchmark.csv";
  private static final int YEAR = LocalDate.now().getYear();
  private static final int COPY_CHUNK = 50_000;

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ErpReconciliationBenchmark.class);
  }

  @Inject ErpJobs jobs;
  @Inject ErpFolders folders;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  /** One debtor as the ERP delivers it, with its one invoice. */
  private record Debtor(
      String number,
      String name,
      String street,
      String postalCode,
      String city,
      String invoice,
      LocalDate invoiceDate,
      String net,
      String gross,
      String status) {}

  /**
   * The ERP's view of the generated companies, the same every run: a share moved, a share of
   * debtors the CRM does not know (a number no company carries, a name of its own).
   */
  private static void debtors(java.util.function.Consumer<Debtor> each) {
    Random random = new Random(20261124L);
    GermanDataGenerator.companies(
        DEBTORS,
        c -> {
          int roll = random.nextInt(1000);
          boolean unknown = roll < UNKNOWN_PER_MILLE;
          boolean moved = !unknown && roll < UNKNOWN_PER_MILLE + MOVED_PER_MILLE;
          int cents = 10_000 + random.nextInt(5_000_000);
          String net = cents / 100 + "." + String.format("%02d", cents % 100);
          long grossCents = Math.round(cents * 1.19);
          String gross = grossCents / 100 + "." + String.format("%02d", grossCents % 100);
          each.accept(
              new Debtor(
                  unknown ? "U-" + c.id() : c.debtorNumber(),
                  unknown ? "Neu " + c.id() + " " + c.trade() + " GmbH" : c.name(),
                  moved ? "Umzugsweg " + (1 + random.nextInt(99)) : c.street(),
                  c.postalCode(),
                  c.city(),
                  "RB-" + c.id(),
                  LocalDate.of(random.nextBoolean() ? YEAR : YEAR - 1, 1 + random.nextInt(12), 1)
                      .plusDays(random.nextInt(28)),
                  net,
                  gross,
                  random.nextInt(10) == 0 ? "OPEN" : "PAID"));
        });
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getenv("CRM_DB_URL"),
        System.getenv("CRM_DB_USER"),
        System.getenv("CRM_DB_PASSWORD"));
  }

  @Test
  @Order(1)
  void tellWhereTheInboundFolderIs() throws Exception {
    Files.createDirectories(folders.inbound());
    Files.writeString(INBOUND, folders.inbound().toString());
  }

  @Test
  @Order(2)
  @RunAsClient
  void loadCompaniesAndWriteTheErpsFiles() throws Exception {
    long start = System.nanoTime();
    GermanDataGenerator.load(
        System.getenv("CRM_DB_URL"),
        System.getenv("CRM_DB_USER"),
        System.getenv("CRM_DB_PASSWORD"),
        DEBTORS,
        0);
    double loaded = (System.nanoTime() - start) / 1e9;
    Path inbound = Path.of(Files.readString(INBOUND));
    start = System.nanoTime();
    try (BufferedWriter xml =
            Files.newBufferedWriter(inbound.resolve(DEBTOR_FILE), StandardCharsets.UTF_8);
        BufferedWriter csv =
            Files.newBufferedWriter(inbound.resolve(INVOICE_FILE), StandardCharsets.UTF_8)) {
      xml.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<debtors xmlns=\"urn:opencrm:erp:1\">\n");
      csv.write("invoiceNumber;debtorNumber;invoiceDate;net;gross;currency;netEur;status\n");
      debtors(
          d -> {
            try {
              xml.write("<debtor><debtorNumber>");
              xml.write(d.number());
              xml.write("</debtorNumber><name>");
              xml.write(d.name().replace("&", "&amp;"));
              xml.write("</name><street>");
              xml.write(d.street());
              xml.write("</street><postalCode>");
              xml.write(d.postalCode());
              xml.write("</postalCode><city>");
              xml.write(d.city());
              xml.write("</city><country>DE</country><paymentTerms>30 Tage netto</paymentTerms>");
              xml.write("<creditLimit>50000.00</creditLimit><blocked>false</blocked></debtor>\n");
              csv.write(
                  String.join(
                      ";",
                      d.invoice(),
                      d.number(),
                      d.invoiceDate().toString(),
                      d.net(),
                      d.gross(),
                      "EUR",
                      "",
                      d.status()));
              csv.write("\n");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      xml.write("</debtors>\n");
    }
    Files.write(
        RESULTS,
        List.of(
            String.format(
                "erp data: %,d companies loaded with COPY in %.1f s; the ERP's files written in %.1f"
                    + " s: %s %,d MB (%,d debtors, %d‰ moved, %d‰ unknown), %s %,d MB (%,d"
                    + " invoices)",
                DEBTORS,
                loaded,
                (System.nanoTime() - start) / 1e9,
                DEBTOR_FILE,
                Files.size(inbound.resolve(DEBTOR_FILE)) >> 20,
                DEBTORS,
                MOVED_PER_MILLE,
                UNKNOWN_PER_MILLE,
                INVOICE_FILE,
                Files.size(inbound.resolve(INVOICE_FILE)) >> 20,
                DEBTORS)));
  }

  /**
   * The floor: the same rows copied into staging tables and merged into tables shaped like the
   * mirror in one statement each (the debtor's company found by its number in the MERGE).
   */
  @Test
  @Order(3)
  @RunAsClient
  void measureTheRawPostgresqlFloor() throws Exception {
    try (Connection db = database();
        Statement sql = db.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS bench_erp_debtor, bench_erp_invoice");
      sql.execute("CREATE TABLE bench_erp_debtor (LIKE crm_erp_debtor INCLUDING ALL)");
      sql.execute("CREATE TABLE bench_erp_invoice (LIKE crm_erp_invoice INCLUDING ALL)");
      sql.execute(
          "CREATE TEMPORARY TABLE stage_debtor (debtor_number VARCHAR(40), name VARCHAR(200),"
              + " street VARCHAR(200), postal_code VARCHAR(20), city VARCHAR(100))");
      sql.execute(
          "CREATE TEMPORARY TABLE stage_invoice (invoice_number VARCHAR(40),"
              + " debtor_number VARCHAR(40), invoice_date DATE, net NUMERIC(15,2),"
              + " gross NUMERIC(15,2), status VARCHAR(10))");
      CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
      long start = System.nanoTime();
      StringBuilder debtorRows = new StringBuilder();
      StringBuilder invoiceRows = new StringBuilder();
      AtomicLong rows = new AtomicLong();
      List<Exception> failed = new ArrayList<>();
      debtors(
          d -> {
            debtorRows
                .append(d.number())
                .append('\t')
                .append(d.name())
                .append('\t')
                .append(d.street())
                .append('\t')
                .append(d.postalCode())
                .append('\t')
                .append(d.city())
                .append('\n');
            invoiceRows
                .append(d.invoice())
                .append('\t')
                .append(d.number())
                .append('\t')
                .append(d.invoiceDate())
                .append('\t')
                .append(d.net())
                .append('\t')
                .append(d.gross())
                .append('\t')
                .append(d.status())
                .append('\n');
            if (rows.incrementAndGet() % COPY_CHUNK == 0) {
              flush(copy, debtorRows, invoiceRows, failed);
            }
          });
      flush(copy, debtorRows, invoiceRows, failed);
      if (!failed.isEmpty()) {
        throw failed.get(0);
      }
      double copied = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      int debtorsMerged =
          sql.executeUpdate(
              "MERGE INTO bench_erp_debtor d USING (SELECT s.*, a.id AS account_id FROM"
                  + " stage_debtor s LEFT JOIN crm_account a ON a.erp_debtor_number ="
                  + " s.debtor_number) s ON d.debtor_number = s.debtor_number"
                  + " WHEN MATCHED THEN UPDATE SET name = s.name, street = s.street,"
                  + " postal_code = s.postal_code, city = s.city, account_id = s.account_id"
                  + " WHEN NOT MATCHED THEN INSERT (debtor_number, name, street, postal_code, city,"
                  + " country, blocked, record_hash, account_id, seen_run, changed_at,"
                  + " figures_stale) VALUES (s.debtor_number, s.name, s.street, s.postal_code,"
                  + " s.city, 'DE', FALSE, md5(s.name || s.street), s.account_id, 1, now(), TRUE)");
      int invoicesMerged =
          sql.executeUpdate(
              "MERGE INTO bench_erp_invoice i USING stage_invoice s"
                  + " ON i.invoice_number = s.invoice_number"
                  + " WHEN MATCHED THEN UPDATE SET net = s.net, gross = s.gross, status = s.status"
                  + " WHEN NOT MATCHED THEN INSERT (invoice_number, debtor_number, invoice_date,"
                  + " net, gross, currency, net_eur, status, record_hash) VALUES"
                  + " (s.invoice_number, s.debtor_number, s.invoice_date, s.net, s.gross, 'EUR',"
                  + " s.net, s.status, md5(s.invoice_number || s.net))");
      double merged = (System.nanoTime() - start) / 1e9;
      sql.execute("DROP TABLE bench_erp_debtor, bench_erp_invoice");
      List<String> lines = new ArrayList<>(Files.readAllLines(RESULTS));
      lines.add(
          String.format(
              "erp floor: COPY of %,d debtor and %,d invoice rows into staging %.1f s + one MERGE"
                  + " each (%,d + %,d rows) %.1f s = %.1f s",
              DEBTORS, DEBTORS, copied, debtorsMerged, invoicesMerged, merged, copied + merged));
      lines.add(String.format("floor=%.3f", copied + merged));
      Files.write(RESULTS, lines);
    }
  }

  private static void flush(
      CopyManager copy, StringBuilder debtors, StringBuilder invoices, List<Exception> failed) {
    try {
      copy.copyIn("COPY stage_debtor FROM STDIN", new StringReader(debtors.toString()));
      copy.copyIn("COPY stage_invoice FROM STDIN", new StringReader(invoices.toString()));
    } catch (Exception e) {
      failed.add(e);
    }
    debtors.setLength(0);
    invoices.setLength(0);
  }

  @Test
  @Order(4)
  void runTheJob() throws Exception {
    As admin = As.user("admin", "demo");
    MemoryPoolMXBean oldGen =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
            .findFirst()
            .orElse(null);
    if (oldGen != null) {
      oldGen.resetPeakUsage();
    }
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong peakHeap = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peakHeap.accumulateAndGet(used, Math::max);
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    long execution = admin.call(() -> jobs.start(List.of(DEBTOR_FILE, INVOICE_FILE)));
    while (admin.call(() -> jobs.isRunning())) {
      Thread.sleep(200);
    }
    double took = (System.nanoTime() - start) / 1e9;
    running.set(false);
    sampler.join();
    var operator = BatchRuntime.getJobOperator();
    BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
    StringBuilder steps = new StringBuilder();
    for (StepExecution step : operator.getStepExecutions(execution)) {
      steps.append(
          String.format(
              " %s %.1f s;",
              step.getStepName(),
              (step.getEndTime().getTime() - step.getStartTime().getTime()) / 1000.0));
    }
    long mirrored;
    long invoices;
    long linked;
    try (Connection db = dataSource.getConnection();
        Statement sql = db.createStatement()) {
      mirrored = count(sql, "SELECT COUNT(*) FROM crm_erp_debtor");
      linked = count(sql, "SELECT COUNT(*) FROM crm_erp_debtor WHERE account_id IS NOT NULL");
      invoices = count(sql, "SELECT COUNT(*) FROM crm_erp_invoice");
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(RESULTS));
    double floor =
        Double.parseDouble(
            lines.stream()
                .filter(l -> l.startsWith("floor="))
                .findFirst()
                .orElseThrow()
                .substring(6));
    lines.removeIf(l -> l.startsWith("floor="));
    long records = 2L * DEBTORS;
    lines.add(
        String.format(
            "erp job: %s in %.1f s = %.1f × the floor, %,d records/s;%s",
            status, took, took / floor, Math.round(records / took), steps));
    lines.add(
        String.format(
            "erp job result: %,d debtors mirrored (%,d linked to their company), %,d invoices",
            mirrored, linked, invoices));
    lines.add(
        String.format(
            "erp heap: max %,d MiB; peak used (sampled every 100 ms) %,d MiB; old generation"
                + " after GC at most %s",
            Runtime.getRuntime().maxMemory() >> 20,
            peakHeap.get() >> 20,
            oldGen == null || oldGen.getCollectionUsage() == null
                ? "n/a"
                : String.format("%,d MiB", oldGen.getCollectionUsage().getUsed() >> 20)));
    Files.write(RESULTS, lines);
  }

  private static long count(Statement sql, String query) throws Exception {
    try (ResultSet r = sql.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  @Order(5)
  @RunAsClient
  void printFigures() throws Exception {
    System.out.println();
    Files.readAllLines(RESULTS).forEach(line -> System.out.println("BENCHMARK " + line));
    System.out.println();
  }
}
