package de.opencrm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The data of {@link ErpReconciliationBenchmark}, in the test JVM: the generated companies loaded
 * with COPY, the ERP's files of the same customers, and the raw PostgreSQL floor for their rows.
 */
final class ErpBenchmarkData {

  static final int DEBTORS = Integer.getInteger("crm.bench.debtors", 1_000_000);
  static final String DEBTOR_FILE = "debtors-benchmark.xml";
  static final String INVOICE_FILE = "invoices-benchmark.csv";
  static final int WARM_UP = Integer.getInteger("crm.bench.erpWarmUp", 100_000);
  static final String WARM_UP_DEBTOR_FILE = "debtors-warmup.xml";
  static final String WARM_UP_INVOICE_FILE = "invoices-warmup.csv";
  private static final int MOVED_PER_MILLE = Integer.getInteger("crm.bench.erpMovedPerMille", 10);
  private static final int UNKNOWN_PER_MILLE =
      Integer.getInteger("crm.bench.erpUnknownPerMille", 1);
  private static final int YEAR = LocalDate.now().getYear();
  private static final int COPY_CHUNK = 50_000;

  private ErpBenchmarkData() {}

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
  private static void debtors(int count, Consumer<Debtor> each) {
    Random random = new Random(20261124L);
    GermanDataGenerator.companies(
        count,
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

  /** Loads the companies and writes the ERP's files into the inbound folder; answers a line. */
  static String loadAndWrite(Path inbound) throws Exception {
    long start = System.nanoTime();
    GermanDataGenerator.load(
        System.getenv("CRM_DB_URL"),
        System.getenv("CRM_DB_USER"),
        System.getenv("CRM_DB_PASSWORD"),
        DEBTORS,
        0);
    double loaded = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    write(inbound, DEBTORS, DEBTOR_FILE, INVOICE_FILE);
    return String.format(
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
        DEBTORS);
  }

  /**
   * The first {@link #WARM_UP} of the same companies and their files, for a run that lets the
   * server compile the job's code before the measured run (see {@link #removeWarmUp}).
   */
  static void loadAndWriteWarmUp(Path inbound) throws Exception {
    GermanDataGenerator.load(
        System.getenv("CRM_DB_URL"),
        System.getenv("CRM_DB_USER"),
        System.getenv("CRM_DB_PASSWORD"),
        WARM_UP,
        0);
    write(inbound, WARM_UP, WARM_UP_DEBTOR_FILE, WARM_UP_INVOICE_FILE);
  }

  /**
   * Takes out what the warm-up run and its companies left (ERP mirror, findings, the companies and
   * their search words), so the measured run starts from the same state as without it. The files it
   * received stay on record; they are not the measured run's.
   */
  static void removeWarmUp() throws Exception {
    try (Connection db = database();
        Statement sql = db.createStatement()) {
      for (String table :
          List.of(
              "crm_erp_refused",
              "crm_erp_progress",
              "crm_erp_discrepancy",
              "crm_erp_figures_due",
              "crm_erp_figures",
              "crm_erp_open_item",
              "crm_erp_invoice",
              "crm_erp_debtor")) {
        sql.executeUpdate("DELETE FROM " + table);
      }
      String warmUpIds =
          " BETWEEN "
              + GermanDataGenerator.FIRST_ID
              + " AND "
              + (GermanDataGenerator.FIRST_ID + WARM_UP - 1);
      sql.executeUpdate("DELETE FROM crm_account_word WHERE account_id" + warmUpIds);
      sql.executeUpdate("DELETE FROM crm_account WHERE id" + warmUpIds);
    }
  }

  /** Writes the ERP's files of the first {@code count} companies. */
  private static void write(Path inbound, int count, String debtorFile, String invoiceFile)
      throws IOException {
    try (BufferedWriter xml =
            Files.newBufferedWriter(inbound.resolve(debtorFile), StandardCharsets.UTF_8);
        BufferedWriter csv =
            Files.newBufferedWriter(inbound.resolve(invoiceFile), StandardCharsets.UTF_8)) {
      xml.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<debtors xmlns=\"urn:opencrm:erp:1\">\n");
      csv.write("invoiceNumber;debtorNumber;invoiceDate;net;gross;currency;netEur;status\n");
      debtors(
          count,
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
              throw new UncheckedIOException(e);
            }
          });
      xml.write("</debtors>\n");
    }
  }

  /** The seconds of COPY into staging and of the two MERGE statements. */
  static double[] floor() throws Exception {
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
          DEBTORS,
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
              "MERGE INTO bench_erp_debtor d USING stage_debtor s"
                  + " ON d.debtor_number = s.debtor_number"
                  + " WHEN MATCHED THEN UPDATE SET name = s.name, street = s.street,"
                  + " postal_code = s.postal_code, city = s.city"
                  + " WHEN NOT MATCHED THEN INSERT (debtor_number, name, street, postal_code, city,"
                  + " country, blocked, record_hash, seen_run, changed_at) VALUES"
                  + " (s.debtor_number, s.name, s.street, s.postal_code, s.city, 'DE', FALSE,"
                  + " md5(s.name || s.street), 1, now())");
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
      if (debtorsMerged != DEBTORS || invoicesMerged != DEBTORS) {
        throw new IllegalStateException(
            "merged " + debtorsMerged + " debtors and " + invoicesMerged + " invoices");
      }
      return new double[] {copied, merged};
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
}
