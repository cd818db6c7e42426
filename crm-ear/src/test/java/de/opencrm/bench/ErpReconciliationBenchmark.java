package de.opencrm.bench;

import de.opencrm.application.erp.ErpFolders;
import de.opencrm.batch.erp.ErpJobs;
import de.opencrm.batch.erp.ErpMonitor;
import de.opencrm.it.As;
import de.opencrm.it.CrmDeployment;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

/**
 * The nightly ERP reconciliation at 1,000,000 debtors and their 1,000,000 invoices against
 * 1,000,000 companies: the job's time beside the raw PostgreSQL floor for the same rows (COPY into
 * a staging table plus one MERGE, for debtors and for invoices), records per second and the
 * server's heap, in one run. The debtors are the generated companies as the ERP knows them; a share
 * has moved (the ERP's address is taken, an audited change) and a share is unknown to the CRM
 * (looked for among similar companies, reported). The server has run the job once before on a small
 * set, as a server in use has (see {@link #warmUpTheServerWithASmallRun}). Not a test: it prints
 * figures. Run it as README.md says; sizes through -Dcrm.bench.debtors,
 * -Dcrm.bench.erpMovedPerMille and -Dcrm.bench.erpUnknownPerMille.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErpReconciliationBenchmark {

  private static final Path RESULTS =
      Path.of(System.getProperty("java.io.tmpdir"), "crm-erp-benchmark.txt");
  private static final Path INBOUND =
      Path.of(System.getProperty("java.io.tmpdir"), "crm-erp-benchmark-inbound.txt");

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ErpReconciliationBenchmark.class);
  }

  @Inject ErpJobs jobs;
  @Inject ErpMonitor monitor;
  @Inject ErpFolders folders;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  @Test
  @Order(1)
  void tellWhereTheInboundFolderIs() throws Exception {
    Files.createDirectories(folders.inbound());
    Files.writeString(INBOUND, folders.inbound().toString());
    Files.deleteIfExists(RESULTS);
  }

  /**
   * The warm-up's chunk size: small, so that what runs once per chunk (statements, the persistence
   * layer, the audit trail) runs as often as on a server in daily use.
   */
  private static final int WARM_UP_CHUNK = 250;

  /**
   * A server in use has the code the job runs compiled: the persistence layer, the connection pool
   * and the audit trail by the day's work, the job's own by the nights before. A freshly started
   * one compiles while the job runs (on two cores about 22 s of compiler time inside a 35 s run,
   * measured with JFR). So the server first runs the job on the first {@link
   * ErpBenchmarkData#WARM_UP} companies in small chunks; they are then taken out again with all the
   * run left, and the measured run starts from an empty mirror as before. Its own time is printed.
   */
  @Test
  @Order(2)
  @RunAsClient
  void writeTheWarmUpsCompaniesAndFiles() throws Exception {
    ErpBenchmarkData.loadAndWriteWarmUp(Path.of(Files.readString(INBOUND)));
  }

  @Test
  @Order(3)
  void warmUpTheServerWithASmallRun() throws Exception {
    Run run =
        run(
            List.of(ErpBenchmarkData.WARM_UP_DEBTOR_FILE, ErpBenchmarkData.WARM_UP_INVOICE_FILE),
            WARM_UP_CHUNK);
    Files.write(
        RESULTS,
        List.of(
            String.format(
                "erp warm-up: the job on the fresh server for %,d records: %s in %.1f s (%,d"
                    + " records/s); its companies and all it left taken out again",
                run.records, run.status, run.took, Math.round(run.records / run.took))));
  }

  @Test
  @Order(4)
  @RunAsClient
  void loadCompaniesAndWriteTheErpsFiles() throws Exception {
    ErpBenchmarkData.removeWarmUp();
    String line = ErpBenchmarkData.loadAndWrite(Path.of(Files.readString(INBOUND)));
    List<String> lines = new ArrayList<>(Files.readAllLines(RESULTS));
    lines.add(0, line);
    Files.write(RESULTS, lines);
  }

  /**
   * The floor: the same rows copied into staging tables and merged into tables shaped like the
   * mirror in one statement each.
   */
  @Test
  @Order(5)
  @RunAsClient
  void measureTheRawPostgresqlFloor() throws Exception {
    double[] floor = ErpBenchmarkData.floor();
    List<String> lines = new ArrayList<>(Files.readAllLines(RESULTS));
    lines.add(
        String.format(
            "erp floor: COPY of %,d debtor and %,d invoice rows into staging %.1f s + one MERGE"
                + " each %.1f s = %.1f s",
            ErpBenchmarkData.DEBTORS,
            ErpBenchmarkData.DEBTORS,
            floor[0],
            floor[1],
            floor[0] + floor[1]));
    lines.add(String.format(java.util.Locale.ROOT, "floor=%.3f", floor[0] + floor[1]));
    Files.write(RESULTS, lines);
  }

  @Test
  @Order(6)
  void runTheJob() throws Exception {
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
    Run run = run(List.of(ErpBenchmarkData.DEBTOR_FILE, ErpBenchmarkData.INVOICE_FILE), 0);
    running.set(false);
    sampler.join();
    long mirrored;
    long invoices;
    long linked;
    try (Connection db = dataSource.getConnection();
        Statement sql = db.createStatement()) {
      mirrored = count(sql, "SELECT COUNT(*) FROM crm_erp_debtor");
      linked =
          count(
              sql,
              "SELECT COUNT(*) FROM crm_erp_debtor d JOIN crm_account a"
                  + " ON a.erp_debtor_number = d.debtor_number AND a.merged_into_id IS NULL");
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
    lines.add(
        String.format(
            "erp job: %s in %.1f s = %.1f × the floor, %,d records/s;%s",
            run.status, run.took, run.took / floor, Math.round(run.records / run.took), run.steps));
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

  /** How a run of the job went: its status, seconds, records read and its steps' seconds. */
  private record Run(BatchStatus status, double took, long records, String steps) {}

  /**
   * Starts the job on the given files as ADMIN (in chunks of the given size, 0 for the job's own)
   * and waits for its end.
   */
  private Run run(List<String> files, int chunkSize) throws Exception {
    As admin = As.user("admin", "demo");
    long start = System.nanoTime();
    long execution =
        chunkSize == 0
            ? admin.call(() -> jobs.start(files))
            : admin.call(
                () -> {
                  Properties parameters = new Properties();
                  parameters.setProperty("files", String.join(",", files));
                  parameters.setProperty(ErpJobs.STARTED_BY, "admin");
                  parameters.setProperty(ErpJobs.CHUNK_SIZE, String.valueOf(chunkSize));
                  return BatchRuntime.getJobOperator().start(ErpJobs.JOB, parameters);
                });
    // the batch runtime gives a partitioned step no useful start and end: the steps are timed by
    // when the monitor first shows each one running (to 200 ms)
    Map<String, Long> firstSeen = new LinkedHashMap<>();
    while (admin.call(() -> jobs.isRunning())) {
      String current = admin.call(() -> monitor.execution(execution).step());
      if (current != null) {
        firstSeen.putIfAbsent(current, System.nanoTime());
      }
      Thread.sleep(200);
    }
    long end = System.nanoTime();
    var operator = BatchRuntime.getJobOperator();
    BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
    long records = 0;
    for (StepExecution step : operator.getStepExecutions(execution)) {
      for (var metric : step.getMetrics()) {
        if (metric.getType() == jakarta.batch.runtime.Metric.MetricType.READ_COUNT) {
          records += metric.getValue();
        }
      }
    }
    StringBuilder steps = new StringBuilder();
    List<String> seen = new ArrayList<>(firstSeen.keySet());
    for (int i = 0; i < seen.size(); i++) {
      long until = i + 1 < seen.size() ? firstSeen.get(seen.get(i + 1)) : end;
      steps.append(
          String.format(" %s %.1f s;", seen.get(i), (until - firstSeen.get(seen.get(i))) / 1e9));
    }
    return new Run(status, (end - start) / 1e9, records, steps.toString());
  }

  private static long count(Statement sql, String query) throws Exception {
    try (ResultSet r = sql.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  @Order(7)
  @RunAsClient
  void printFigures() throws Exception {
    System.out.println();
    Files.readAllLines(RESULTS).forEach(line -> System.out.println("BENCHMARK " + line));
    System.out.println();
  }
}
