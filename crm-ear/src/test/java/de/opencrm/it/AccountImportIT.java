package de.opencrm.it;

import static de.opencrm.domain.contact.importing.ImportTarget.COMPANIES;
import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.importing.ContactImportService;
import de.opencrm.application.contact.importing.ImportJob;
import de.opencrm.application.contact.importing.MatchKey;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.integration.csv.CsvDialect;
import de.opencrm.integration.csv.CsvRows;
import de.opencrm.integration.csv.CsvSniffer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A CSV import of companies on PostgreSQL: keyed by VAT ID a row finds the stored company however
 * the number is spaced and updates it; a new one is created; a bad row is refused whole. Keyed by
 * ERP debtor number the next file finds the company by the number the first one gave it.
 */
@ExtendWith(ArquillianExtension.class)
class AccountImportIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(AccountImportIT.class);
  }

  @Inject ContactImportService imports;
  @Inject AccountService accounts;

  private static As sales() {
    return As.user("sales", "demo");
  }

  @Test
  void companiesAreUpdatedByVatIdThenByErpNumberAndABadRowIsRefused() throws Exception {
    String word = TestData.letterTag();
    String knownVat = TestData.germanVatId();
    String newVat = TestData.germanVatId();
    AccountForm known = new AccountForm();
    known.setName("Alt" + word + " Logistik");
    known.setVatId(knownVat);
    known.setCity("Köln");
    long knownId = sales().call(() -> accounts.createAccount(known));
    String spacedVat =
        knownVat.substring(0, 2) + " " + knownVat.substring(2, 5) + " " + knownVat.substring(5);
    String erp = "D-" + word;

    Path first =
        csv(
            "Name;Rechtsform;USt-IdNr.;Debitorennummer;Ort;Schlagwörter",
            "Alt" + word + " Logistik;GmbH;" + spacedVat + ";" + erp + ";Hamburg;Import " + word,
            "Neu" + word + " Handel;AG;" + newVat + ";;Bremen;",
            "Falsch" + word + " Bau;Ltd.;;;;");
    ImportJob byVat = run(first, MatchKey.VAT_ID);
    assertThat(List.of(byVat.getCreated(), byVat.getUpdated(), byVat.getFailed()))
        .containsExactly(1, 1, 1);
    ImportJob.RowError refused = byVat.errors().get(0);
    assertThat(refused.line()).isEqualTo(4);
    assertThat(refused.messageKey()).isEqualTo("import.badLegalForm");

    AccountForm updated = sales().call(() -> accounts.loadAccount(knownId));
    assertThat(updated.getCity()).isEqualTo("Hamburg");
    assertThat(updated.getLegalForm()).isEqualTo(LegalForm.GMBH);
    assertThat(updated.getErpDebtorNumber()).isEqualTo(erp);
    assertThat(updated.getTags()).containsExactly("Import " + word);
    assertThat(companies(word))
        .extracting(AccountRow::name)
        .containsExactlyInAnyOrder("Alt" + word + " Logistik", "Neu" + word + " Handel");

    Path second = csv("Kundennummer;Firma;Ort", erp + ";Alt" + word + " Logistik Nord;Kiel");
    ImportJob byErp = run(second, MatchKey.ERP_NUMBER);
    assertThat(List.of(byErp.getCreated(), byErp.getUpdated(), byErp.getFailed()))
        .containsExactly(0, 1, 0);
    AccountForm renamed = sales().call(() -> accounts.loadAccount(knownId));
    assertThat(renamed.getName()).isEqualTo("Alt" + word + " Logistik Nord");
    assertThat(renamed.getCity()).isEqualTo("Kiel");
    assertThat(renamed.getVatId()).isEqualTo(knownVat);
  }

  private ImportJob run(Path file, MatchKey key) throws Exception {
    CsvDialect dialect = CsvSniffer.sniff(Files.readAllBytes(file));
    ColumnMapping mapping;
    try (CsvRows rows = CsvRows.open(file, dialect)) {
      mapping = ColumnMapping.guess(rows.headers(), COMPANIES);
    }
    ImportJob job =
        sales().call(() -> imports.startImport(file, dialect, mapping, COMPANIES, key, false));
    for (int i = 0; i < 300 && !job.isDone(); i++) {
      Thread.sleep(100);
    }
    assertThat(job.isDone()).as("the import finished within 30 s").isTrue();
    assertThat(job.getFault()).isNull();
    return job;
  }

  private static Path csv(String... lines) throws Exception {
    Path file = Files.createTempFile("companies", ".csv");
    Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private List<AccountRow> companies(String word) throws Exception {
    return sales()
        .call(() -> accounts.listAccounts(new PageRequest(0, 10, "name", true, word)))
        .rows();
  }
}
