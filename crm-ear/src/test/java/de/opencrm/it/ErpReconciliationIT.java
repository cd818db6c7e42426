package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.erp.ErpFolders;
import de.opencrm.application.erp.ErpRunService;
import de.opencrm.application.opportunity.OpportunityForm;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.batch.erp.ErpExecution;
import de.opencrm.batch.erp.ErpJobs;
import de.opencrm.batch.erp.ErpMonitor;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.erp.DebtorMirror;
import de.opencrm.domain.erp.ErpAccountData;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpFigures;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.domain.erp.ErpRecordLog;
import de.opencrm.domain.erp.LedgerMirror;
import de.opencrm.domain.opportunity.StageOutcome;
import de.opencrm.integration.erp.ErpFileCheck;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job erp-reconciliation on PostgreSQL through JBeret, end to end: a first load links debtors
 * by number and VAT ID, takes the ERP's billing address, proposes a look-alike, reports the unknown
 * and refuses bad records with their lines; revenue and open items are summed; the same content
 * dropped again is passed over; a changed file applies only its changes; a broken file is refused
 * whole; a confirmed proposal links on the next run.
 */
@ExtendWith(ArquillianExtension.class)
class ErpReconciliationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ErpReconciliationIT.class);
  }

  @Inject ErpJobs jobs;
  @Inject ErpRunService runs;
  @Inject AccountService accounts;
  @Inject ErpFolders folders;
  @Inject ErpMonitor monitor;
  @Inject OpportunityService opportunities;
  @Inject DebtorMirror mirror;
  @Inject LedgerMirror ledger;
  @Inject ErpFigures figures;
  @Inject UserTransaction transaction;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  private As admin;
  private String tag;
  private String vatId;
  private final int year = LocalDate.now().getYear();

  @BeforeEach
  void setUp() {
    admin = As.user("admin", "demo");
    tag = TestData.letterTag();
    vatId = TestData.germanVatId();
  }

  private String number(int n) {
    return "T" + tag + "-" + n;
  }

  private long company(String name, String debtorNumber, String vat, String street, String zip)
      throws Exception {
    AccountForm form = new AccountForm();
    form.setName(name);
    form.setErpDebtorNumber(debtorNumber);
    form.setVatId(vat);
    form.setStreet(street);
    form.setPostalCode(zip);
    form.setCity("Köln");
    return admin.call(() -> accounts.createAccount(form));
  }

  private static String debtor(String number, String name, String extra) {
    return "<debtor><debtorNumber>"
        + number
        + "</debtorNumber><name>"
        + name
        + "</name>"
        + extra
        + "</debtor>\n";
  }

  private Path write(String name, String content) throws Exception {
    Files.createDirectories(folders.inbound());
    return Files.writeString(folders.inbound().resolve(name), content, StandardCharsets.UTF_8);
  }

  private String debtors(String... records) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<debtors xmlns=\"urn:opencrm:erp:1\">\n"
        + String.join("", records)
        + "</debtors>\n";
  }

  private long run(String... files) throws Exception {
    for (int i = 0; i < 300 && admin.call(() -> jobs.isRunning()); i++) {
      Thread.sleep(200);
    }
    long execution = admin.call(() -> jobs.start(List.of(files)));
    assertThat(execution).as("started").isNotNegative();
    for (int i = 0; i < 600 && admin.call(() -> jobs.isRunning()); i++) {
      Thread.sleep(100);
    }
    assertThat(admin.call(() -> jobs.status(execution))).startsWith("COMPLETED");
    return admin.call(() -> jobs.runOf(execution));
  }

  @Test
  void aFirstLoadASecondRunWithChangesTheSameFileAgainAndABrokenFile() throws Exception {
    long known = company("Alpha " + tag + " Handel", number(1), null, "Alter Weg 1", "50667");
    long byVat = company("Beta " + tag + " Bau", null, vatId, "Ring 2", "50667");
    long lookAlike = company("Gamma " + tag + " Logistik", null, null, "Hafenstraße 7", "50668");

    String first =
        debtors(
            debtor(
                number(1),
                "Alpha " + tag + " Handel GmbH",
                "<street>Neue Straße 5</street><postalCode>50667</postalCode><city>Köln</city>"
                    + "<country>DE</country><paymentTerms>30 Tage netto</paymentTerms>"
                    + "<creditLimit>25000.00</creditLimit><blocked>false</blocked>"),
            debtor(number(2), "Beta " + tag + " Hochbau AG", "<vatId>" + vatId + "</vatId>"),
            debtor(
                number(3),
                "Gamma " + tag + " Logistik GmbH",
                "<street>Hafenstraße 7</street><postalCode>50668</postalCode><city>Köln</city>"),
            debtor(number(4), "Delta " + tag + " Unbekannt KG", ""),
            debtor(number(5), "Epsilon " + tag, "<creditLimit>viel</creditLimit>"),
            debtor(number(1), "Alpha doppelt", ""));
    write("debtors-" + tag + "-1.xml", first);
    String invoiceHeader =
        "invoiceNumber;debtorNumber;invoiceDate;net;gross;currency;netEur;status\n";
    write(
        "invoices-" + tag + "-1.csv",
        invoiceHeader
            + "R"
            + tag
            + "1;"
            + number(1)
            + ";"
            + year
            + "-01-15;1000.00;1190.00;EUR;;PAID\n"
            + "R"
            + tag
            + "2;"
            + number(1)
            + ";"
            + (year - 1)
            + "-06-30;500.00;595.00;EUR;;PAID\n"
            + "R"
            + tag
            + "3;"
            + number(2)
            + ";"
            + year
            + "-02-01;180.00;194.40;CHF;200.00;OPEN\n"
            + "R"
            + tag
            + "4;"
            + number(1)
            + ";"
            + year
            + "-02-02;999.00;1188.81;EUR;;CANCELLED\n"
            + "R"
            + tag
            + "5;NOPE"
            + tag
            + ";"
            + year
            + "-02-03;1.00;1.19;EUR;;OPEN\n");
    write(
        "open-items-" + tag + "-1.csv",
        "documentNumber;debtorNumber;dueDate;openAmount\n"
            + "OP"
            + tag
            + "1;"
            + number(1)
            + ";"
            + year
            + "-12-31;300.00\n");

    long run1 =
        run(
            "debtors-" + tag + "-1.xml",
            "invoices-" + tag + "-1.csv",
            "open-items-" + tag + "-1.csv");

    AccountForm alpha = admin.call(() -> accounts.loadAccount(known));
    assertThat(alpha.getStreet()).as("ERP owns the billing address").isEqualTo("Neue Straße 5");
    assertThat(alpha.getName()).as("the CRM owns the name").isEqualTo("Alpha " + tag + " Handel");
    assertThat(admin.call(() -> accounts.loadAccount(byVat)).getErpDebtorNumber())
        .as("linked by VAT ID")
        .isEqualTo(number(2));
    assertThat(admin.call(() -> accounts.loadAccount(lookAlike)).getErpDebtorNumber())
        .as("a look-alike is only proposed")
        .isNull();
    ErpAccountData data = admin.call(() -> runs.accountData(known));
    assertThat(data.revenueYearToDate()).isEqualByComparingTo("1000.00");
    assertThat(data.revenuePreviousYear()).isEqualByComparingTo("500.00");
    assertThat(data.openItems()).isEqualByComparingTo("300.00");
    assertThat(data.creditLimit()).isEqualByComparingTo("25000.00");
    assertThat(data.paymentTerms()).isEqualTo("30 Tage netto");
    assertThat(admin.call(() -> runs.accountData(byVat)).revenueYearToDate())
        .as("an invoice in francs counts its euro net")
        .isEqualByComparingTo("200.00");

    List<ErpRecordLog.Refused> refused = admin.call(() -> runs.refused(run1));
    assertThat(refused)
        .extracting(r -> r.reason() + " " + r.key())
        .containsExactlyInAnyOrder(
            "SCHEMA " + number(5), "DUPLICATE " + number(1), "UNKNOWN_REFERENCE R" + tag + "5");
    assertThat(refused)
        .filteredOn(r -> r.reason() == ErpFileCheck.Code.DUPLICATE)
        .first()
        .extracting(ErpRecordLog.Refused::line)
        .isEqualTo(8L);
    List<ErpDiscrepancy> found = admin.call(() -> runs.discrepancies(run1));
    assertThat(found)
        .filteredOn(d -> d.getDebtorNumber() != null && d.getDebtorNumber().startsWith("T" + tag))
        .extracting(d -> d.getKind() + " " + d.getDebtorNumber())
        .contains(
            "PROPOSED_MATCH " + number(3), "UNKNOWN_DEBTOR " + number(4), "CONFLICT " + number(2));
    ErpDiscrepancy proposal =
        found.stream()
            .filter(d -> d.getKind() == ErpDiscrepancy.Kind.PROPOSED_MATCH)
            .filter(d -> number(3).equals(d.getDebtorNumber()))
            .findFirst()
            .orElseThrow();
    assertThat(proposal.getAccountId()).isEqualTo(lookAlike);

    // the same content again, under another name: passed over, nothing applied
    write("debtors-" + tag + "-again.xml", first);
    long run2 = run("debtors-" + tag + "-again.xml");
    assertThat(admin.call(() -> runs.files(run2)))
        .extracting(ErpFile::getStatus)
        .containsExactly(ErpFile.Status.DUPLICATE);

    // a broken file is refused whole
    write("debtors-" + tag + "-broken.xml", first.substring(0, first.length() / 2));
    long run3 = run("debtors-" + tag + "-broken.xml");
    ErpFile broken = admin.call(() -> runs.files(run3)).get(0);
    assertThat(broken.getStatus()).isEqualTo(ErpFile.Status.REFUSED);
    assertThat(broken.getProblem()).isEqualTo(ErpFileCheck.Code.MALFORMED);

    // the proposal confirmed; the next night's file: a new credit limit, the open item paid
    admin.run(() -> runs.decide(proposal.getId(), true, proposal.getVersion()));
    String second =
        first
            .replace("25000.00", "30000.00")
            .replace(debtor(number(5), "Epsilon " + tag, "<creditLimit>viel</creditLimit>"), "");
    write("debtors-" + tag + "-2.xml", second);
    write("open-items-" + tag + "-2.csv", "documentNumber;debtorNumber;dueDate;openAmount\n");
    run("debtors-" + tag + "-2.xml", "open-items-" + tag + "-2.csv");

    assertThat(admin.call(() -> runs.discrepanciesOfDebtor(number(3))))
        .extracting(d -> d.getKind() + " " + d.getStatus() + " " + d.getAccountId())
        .containsExactly("PROPOSED_MATCH CONFIRMED " + lookAlike);
    assertThat(admin.call(() -> runs.accountData(lookAlike))).as("mirror linked").isNotNull();
    assertThat(admin.call(() -> accounts.loadAccount(lookAlike)).getErpDebtorNumber())
        .as("the confirmed proposal is applied by the next run")
        .isEqualTo(number(3));
    ErpAccountData after = admin.call(() -> runs.accountData(known));
    assertThat(after.creditLimit()).isEqualByComparingTo("30000.00");
    assertThat(after.openItems())
        .as("a paid item is no longer delivered")
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(after.revenueYearToDate()).isEqualByComparingTo("1000.00");
    assertThat(admin.call(() -> runs.discrepanciesOfDebtor(number(4))))
        .extracting(ErpDiscrepancy::getStatus)
        .containsExactly(ErpDiscrepancy.Status.OPEN);

    // the name the ERP knows taken into the company; a decision on the old version is refused
    ErpDiscrepancy nameConflict =
        admin.call(() -> runs.discrepanciesOfDebtor(number(2))).stream()
            .filter(d -> d.getKind() == ErpDiscrepancy.Kind.CONFLICT)
            .findFirst()
            .orElseThrow();
    admin.run(() -> runs.takeErpValue(nameConflict.getId(), nameConflict.getVersion()));
    assertThat(admin.call(() -> accounts.loadAccount(byVat)).getName())
        .isEqualTo("Beta " + tag + " Hochbau AG");
    assertThatThrownBy(
            () ->
                admin.run(
                    () -> runs.decide(nameConflict.getId(), false, nameConflict.getVersion())))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("error.concurrentEdit"));
  }

  /**
   * A company that became a customer (a won opportunity) without a debtor number is left for the
   * ERP in the outbound folder; the ERP's next debtor file carries the CRM's reference back with
   * the new number, the company takes it and is no longer sent.
   */
  @Test
  void aNewCustomerGoesToTheErpAndComesBackWithItsDebtorNumber() throws Exception {
    long customer = company("Neukunde " + tag + " GmbH", null, null, "Domplatz 1", "50667");
    long prospect = company("Interessent " + tag + " GmbH", null, null, "Domplatz 2", "50667");
    OpportunityForm deal = new OpportunityForm();
    deal.setName("Erstauftrag " + tag);
    deal.setAccountId(customer);
    deal.setAmount(new BigDecimal("5000"));
    deal.setExpectedClose(LocalDate.now().plusDays(10));
    long opportunity = admin.call(() -> opportunities.saveOpportunity(deal));
    long won =
        admin.call(() -> opportunities.stagesOf(null)).stream()
            .filter(s -> s.outcome() == StageOutcome.WON)
            .findFirst()
            .orElseThrow()
            .id();
    long version = admin.call(() -> opportunities.loadOpportunity(opportunity)).form().getVersion();
    admin.run(() -> opportunities.moveToStage(opportunity, version, won, null));

    write("debtors-" + tag + "-n1.xml", debtors(debtor(number(90), "Anders " + tag + " KG", "")));
    long run1 = run("debtors-" + tag + "-n1.xml");
    String sent =
        Files.readString(
            folders.outbound().resolve("new-customers-" + run1 + ".xml"), StandardCharsets.UTF_8);
    assertThat(sent)
        .contains("<crmId>" + customer + "</crmId><name>Neukunde " + tag + " GmbH</name>")
        .contains("<street>Domplatz 1</street>")
        .doesNotContain("<crmId>" + prospect + "</crmId>");

    write(
        "debtors-" + tag + "-n2.xml",
        debtors(
            debtor(
                number(91),
                "Neukunde " + tag + " KG",
                "<street>Domplatz 1</street><crmId>" + customer + "</crmId>")));
    long run2 = run("debtors-" + tag + "-n2.xml");
    assertThat(admin.call(() -> accounts.loadAccount(customer)).getErpDebtorNumber())
        .isEqualTo(number(91));
    assertThat(
            Files.readString(
                folders.outbound().resolve("new-customers-" + run2 + ".xml"),
                StandardCharsets.UTF_8))
        .doesNotContain("<crmId>" + customer + "</crmId>");
  }

  /**
   * Two debtors with one company's VAT ID, one in each partition of the debtors step, applied at
   * the same time: the company takes one number only, as if they had come one after the other; the
   * other debtor stays without a company and is reported.
   */
  @Test
  void twoDebtorsOfOneCompanyInTwoPartitionsLinkItOnce() throws Exception {
    long shared = company("Zeta " + tag + " Werke", null, vatId, "Werkstraße 1", "50667");
    write(
        "debtors-" + tag + "-p1.xml",
        debtors(
            debtor(number(80), "Zeta " + tag + " Werke GmbH", "<vatId>" + vatId + "</vatId>"),
            debtor(number(81), "Zeta " + tag + " Vertrieb GmbH", "<vatId>" + vatId + "</vatId>")));
    run("debtors-" + tag + "-p1.xml");

    String taken = admin.call(() -> accounts.loadAccount(shared)).getErpDebtorNumber();
    assertThat(taken).isIn(number(80), number(81));
    Map<String, DebtorMirror.DebtorRow> rows =
        admin.call(() -> mirror.debtors(List.of(number(80), number(81))));
    assertThat(rows).hasSize(2);
    assertThat(rows.values())
        .filteredOn(r -> r.accountId() != null)
        .extracting(DebtorMirror.DebtorRow::debtorNumber)
        .containsExactly(taken);
    String other = taken.equals(number(80)) ? number(81) : number(80);
    assertThat(admin.call(() -> runs.discrepanciesOfDebtor(other)))
        .extracting(ErpDiscrepancy::getKind)
        .isNotEmpty()
        .doesNotContain(ErpDiscrepancy.Kind.CONFLICT);
  }

  /**
   * An invoice and an open item the ERP books over to another debtor count for that debtor only:
   * the one they counted for before is summed again as well.
   */
  @Test
  void anInvoiceAndAnOpenItemMovedToAnotherDebtorCountOnlyThere() throws Exception {
    long from = company("Abgeber " + tag + " GmbH", number(70), null, "Weg 1", "50667");
    long to = company("Nehmer " + tag + " GmbH", number(71), null, "Weg 2", "50667");
    write(
        "debtors-" + tag + "-m1.xml",
        debtors(
            debtor(number(70), "Abgeber " + tag + " GmbH", ""),
            debtor(number(71), "Nehmer " + tag + " GmbH", "")));
    String invoiceHeader =
        "invoiceNumber;debtorNumber;invoiceDate;net;gross;currency;netEur;status\n";
    String itemHeader = "documentNumber;debtorNumber;dueDate;openAmount\n";
    write(
        "invoices-" + tag + "-m1.csv",
        invoiceHeader
            + "M"
            + tag
            + "1;"
            + number(70)
            + ";"
            + year
            + "-01-10;700.00;833.00;EUR;;OPEN\n");
    write(
        "open-items-" + tag + "-m1.csv",
        itemHeader + "MO" + tag + "1;" + number(70) + ";" + year + "-12-31;833.00\n");
    run(
        "debtors-" + tag + "-m1.xml",
        "invoices-" + tag + "-m1.csv",
        "open-items-" + tag + "-m1.csv");
    assertThat(admin.call(() -> runs.accountData(from)).revenueYearToDate())
        .isEqualByComparingTo("700.00");
    assertThat(admin.call(() -> runs.accountData(from)).openItems()).isEqualByComparingTo("833.00");

    write(
        "invoices-" + tag + "-m2.csv",
        invoiceHeader
            + "M"
            + tag
            + "1;"
            + number(71)
            + ";"
            + year
            + "-01-10;700.00;833.00;EUR;;OPEN\n");
    write(
        "open-items-" + tag + "-m2.csv",
        itemHeader + "MO" + tag + "1;" + number(71) + ";" + year + "-12-31;833.00\n");
    run("invoices-" + tag + "-m2.csv", "open-items-" + tag + "-m2.csv");

    ErpAccountData before = admin.call(() -> runs.accountData(from));
    assertThat(before.revenueYearToDate()).as("moved away").isEqualByComparingTo("0");
    assertThat(before.openItems()).as("moved away").isEqualByComparingTo("0");
    ErpAccountData after = admin.call(() -> runs.accountData(to));
    assertThat(after.revenueYearToDate()).isEqualByComparingTo("700.00");
    assertThat(after.openItems()).isEqualByComparingTo("833.00");
  }

  /**
   * The company's debtor number is the link: cleared by hand, the company shows no ERP data any
   * more, and the next run matches the debtor again (here by its VAT ID), although the ERP
   * delivered it unchanged.
   */
  @Test
  void aDebtorNumberClearedByHandIsMatchedAgainByTheNextRun() throws Exception {
    long company = company("Omega " + tag + " AG", number(90), vatId, "Ring 9", "50667");
    String omega = debtor(number(90), "Omega " + tag + " AG", "<vatId>" + vatId + "</vatId>");
    write("debtors-" + tag + "-h1.xml", debtors(omega));
    run("debtors-" + tag + "-h1.xml");
    assertThat(admin.call(() -> runs.accountData(company)).debtorNumber()).isEqualTo(number(90));

    AccountForm form = admin.call(() -> accounts.loadAccount(company));
    form.setErpDebtorNumber(null);
    admin.run(() -> accounts.updateAccount(form));
    assertThat(admin.call(() -> runs.accountData(company))).as("unlinked by hand").isNull();

    write(
        "debtors-" + tag + "-h2.xml",
        debtors(omega, debtor(number(91), "Omikron " + tag + " KG", "")));
    run("debtors-" + tag + "-h2.xml");
    assertThat(admin.call(() -> accounts.loadAccount(company)).getErpDebtorNumber())
        .as("linked again by VAT ID")
        .isEqualTo(number(90));
    assertThat(admin.call(() -> runs.accountData(company)).debtorNumber()).isEqualTo(number(90));
  }

  /**
   * A run stopped after its first chunks and restarted from its checkpoint ends exactly where an
   * uninterrupted run would: every debtor once in the mirror, every unknown debtor reported once,
   * each bad record refused once, and the steps after it applied.
   */
  @Test
  void aRunStoppedMidwayAndRestartedEndsAsIfUninterrupted() throws Exception {
    int count = 10_000;
    StringBuilder csv =
        new StringBuilder(
            "debtorNumber;name;legalForm;vatId;street;postalCode;city;country;paymentTerms;"
                + "creditLimit;blocked\n");
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String number = "S" + tag + "-" + i;
      numbers.add(number);
      boolean bad = i == 10 || i == count - 10;
      csv.append(number)
          .append(";Stapel ")
          .append(tag)
          .append(" Nummer ")
          .append(i)
          .append(" GmbH;;;Weg ")
          .append(i)
          .append(";50667;Köln;DE;;")
          .append(bad ? "viel" : "1000.00")
          .append(";\n");
    }
    write("debtors-" + tag + "-batch.csv", csv.toString());
    write(
        "invoices-" + tag + "-batch.csv",
        "invoiceNumber;debtorNumber;invoiceDate;net;gross;currency;netEur;status\n"
            + "B"
            + tag
            + "1;"
            + numbers.get(count - 1)
            + ";"
            + year
            + "-03-01;700.00;833.00;EUR;;PAID\n");
    for (int i = 0; i < 300 && admin.call(() -> jobs.isRunning()); i++) {
      Thread.sleep(200);
    }
    // started as ErpJobs starts it, with chunks of a thousand so ten thousand make several
    Properties parameters = new Properties();
    parameters.setProperty("files", "debtors-" + tag + "-batch.csv,invoices-" + tag + "-batch.csv");
    parameters.setProperty(ErpJobs.STARTED_BY, "admin");
    parameters.setProperty(ErpJobs.CHUNK_SIZE, "1000");
    long first = admin.call(() -> BatchRuntime.getJobOperator().start(ErpJobs.JOB, parameters));
    ErpExecution running = admin.call(() -> monitor.execution(first));
    for (int i = 0; i < 1200 && running.read() < 1000 && running.isRunning(); i++) {
      Thread.sleep(50);
      running = admin.call(() -> monitor.execution(first));
    }
    admin.run(() -> jobs.stop(first));
    for (int i = 0; i < 600 && admin.call(() -> monitor.execution(first)).isRunning(); i++) {
      Thread.sleep(100);
    }
    ErpExecution stopped = admin.call(() -> monitor.execution(first));
    assertThat(stopped.status()).isEqualTo(BatchStatus.STOPPED);
    assertThat(stopped.read()).as("stopped midway").isBetween(1000L, (long) count - 1);
    assertThat(stopped.isRestartable()).isTrue();
    long run = stopped.run();
    assertThat(admin.call(() -> mirror.knownDebtors(numbers)))
        .as("the chunks before the stop are kept")
        .hasSizeBetween(999, count - 3);

    long second = admin.call(() -> jobs.restart(first));
    assertThat(second).isPositive().isNotEqualTo(first);
    for (int i = 0; i < 1200 && admin.call(() -> jobs.isRunning()); i++) {
      Thread.sleep(100);
    }
    ErpExecution restarted = admin.call(() -> monitor.execution(second));
    assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(restarted.run()).isEqualTo(run);
    assertThat(admin.call(() -> monitor.execution(first)).isRestartable())
        .as("an older execution of the run")
        .isFalse();

    assertThat(admin.call(() -> mirror.knownDebtors(numbers))).hasSize(count - 2);
    assertThat(admin.call(() -> runs.refused(run)))
        .extracting(r -> r.reason() + " " + r.key())
        .containsExactlyInAnyOrder(
            "INVALID " + numbers.get(9), "INVALID " + numbers.get(count - 11));
    assertThat(admin.call(() -> runs.discrepancies(run)))
        .filteredOn(d -> d.getDebtorNumber() != null && d.getDebtorNumber().startsWith("S" + tag))
        .extracting(ErpDiscrepancy::getKind)
        .hasSize(count - 2)
        .containsOnly(ErpDiscrepancy.Kind.UNKNOWN_DEBTOR);
    assertThat(admin.call(() -> runs.files(run)))
        .extracting(ErpFile::getStatus)
        .containsOnly(ErpFile.Status.APPLIED);
    assertThat(admin.call(() -> ledger.invoices(List.of("B" + tag + "1"))))
        .as("the invoices step ran after the restart")
        .hasSize(1);
  }

  @Test
  void theFiguresAreSummedInRangesThatTogetherTakeEveryDueDebtorOnce() throws Exception {
    List<String> numbers = new ArrayList<>();
    StringBuilder records = new StringBuilder();
    StringBuilder invoices =
        new StringBuilder(
            "invoiceNumber;debtorNumber;invoiceDate;net;gross;currency;netEur;status\n");
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    for (int n = 1; n <= 7; n++) {
      String number = number(60 + n);
      numbers.add(number);
      records.append(debtor(number, "Zeta " + tag + " " + n, ""));
      invoices.append("F" + tag + n + ";" + number + ";" + (year - 1) + "-03-0" + n + ";");
      invoices.append(n + "00.00;" + n * 119 + ".00;EUR;;PAID\n");
      expected.put(number, new BigDecimal(n * 100).setScale(2));
    }
    write("debtors-" + tag + "-ranges.xml", debtors(records.toString()));
    write("invoices-" + tag + "-ranges.csv", invoices.toString());
    run("debtors-" + tag + "-ranges.xml", "invoices-" + tag + "-ranges.csv");
    assertThat(previousYearRevenue(numbers)).as("summed by the run").isEqualTo(expected);

    transaction.begin();
    ledger.figuresStale(numbers);
    ErpFigures.FiguresDue due = figures.figuresDue(LocalDate.now(), 3);
    transaction.commit();
    assertThat(due.all()).as("other debtors keep their figures").isFalse();
    assertThat(due.count()).isEqualTo(7);
    List<ErpFigures.NumberRange> ranges = due.ranges();
    assertThat(ranges).hasSize(3);
    assertThat(ranges.get(0).from()).isNull();
    assertThat(ranges.get(1).from()).isEqualTo(ranges.get(0).to()).isNotNull();
    assertThat(ranges.get(2).from()).isEqualTo(ranges.get(1).to()).isNotNull();
    assertThat(ranges.get(2).to()).isNull();
    assertThat(previousYearRevenue(numbers)).as("stale figures are gone").isEmpty();

    List<Integer> summed = new ArrayList<>();
    for (ErpFigures.NumberRange range : ranges) {
      transaction.begin();
      summed.add(figures.sumFigures(due, range, Instant.now()));
      transaction.commit();
    }
    transaction.begin();
    figures.figuresSummed();
    transaction.commit();
    assertThat(summed).as("7 split at the 3rd and 5th").containsExactly(2, 2, 3);
    assertThat(previousYearRevenue(numbers)).isEqualTo(expected);
  }

  @Test
  void aLargeFileCheckedInTwoPiecesRefusesWhatAWholeCheckWould() throws Exception {
    // 20 debtors, each followed by a MiB of blank lines: over the 16 MiB from which a file is
    // checked in two pieces side by side; the duplicate and the broken record lie in the second
    StringBuilder text =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<debtors xmlns=\"urn:opencrm:erp:1\">\n");
    String padding = ("\n" + " ".repeat(1023)).repeat(1024);
    Map<Integer, Long> lineOf = new LinkedHashMap<>();
    for (int n = 1; n <= 20; n++) {
      lineOf.put(n, text.chars().filter(c -> c == '\n').count() + 1);
      String number = n == 15 ? number(71) : number(70 + n);
      String extra = n == 17 ? "<creditLimit>viel</creditLimit>" : "";
      text.append(debtor(number, "Kappa " + tag + " " + n, extra)).append(padding).append('\n');
    }
    text.append("</debtors>\n");
    assertThat(text.length()).isGreaterThan(16 << 20);
    write("debtors-" + tag + "-large.xml", text.toString());

    long run = run("debtors-" + tag + "-large.xml");

    assertThat(admin.call(() -> runs.refused(run)))
        .extracting(r -> r.reason() + " " + r.key() + " line " + r.line())
        .containsExactlyInAnyOrder(
            "DUPLICATE " + number(71) + " line " + lineOf.get(15),
            "SCHEMA " + number(87) + " line " + lineOf.get(17));
    assertThat(admin.call(() -> runs.refused(run)))
        .filteredOn(r -> r.reason() == ErpFileCheck.Code.DUPLICATE)
        .extracting(ErpRecordLog.Refused::detail)
        .containsExactly("first as record 1");
    assertThat(admin.call(() -> mirror.knownDebtors(List.of(number(86), number(88), number(90)))))
        .hasSize(3);
  }

  /** The previous year's revenue of the debtors that have figures, by number. */
  private Map<String, BigDecimal> previousYearRevenue(List<String> numbers) throws Exception {
    Map<String, BigDecimal> revenue = new LinkedHashMap<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT debtor_number, revenue_prev_year FROM crm_erp_figures"
                    + " WHERE debtor_number LIKE ? ORDER BY debtor_number")) {
      s.setString(1, "T" + tag + "-6_");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          revenue.put(r.getString(1), r.getBigDecimal(2));
        }
      }
    }
    revenue.keySet().retainAll(numbers);
    return revenue;
  }
}
