package de.opencrm.it;

import static de.opencrm.domain.contact.importing.ImportTarget.PEOPLE;
import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.contact.importing.ContactImportService;
import de.opencrm.application.contact.importing.ImportJob;
import de.opencrm.application.contact.importing.MatchKey;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.domain.contact.importing.ImportTarget;
import de.opencrm.integration.csv.CsvDialect;
import de.opencrm.integration.csv.CsvRows;
import de.opencrm.integration.csv.CsvSniffer;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A CSV import on PostgreSQL, as German Excel writes the file: a dry run saves nothing; the import
 * creates new people, updates the one whose e-mail is known, and refuses a bad row whole, naming
 * its line and reason.
 */
@ExtendWith(ArquillianExtension.class)
class ContactImportIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ContactImportIT.class);
  }

  @Inject ContactImportService imports;
  @Inject ContactService contacts;

  private static As sales() {
    return As.user("sales", "demo");
  }

  @Test
  void aDryRunSavesNothingAndTheImportCreatesUpdatesAndRefusesRowsWhole() throws Exception {
    String word = TestData.letterTag();
    ContactForm known = new ContactForm();
    known.setLastName("Bekannt" + word);
    known.setEmail("bekannt." + word + "@example.de");
    long knownId = sales().call(() -> contacts.createContact(known));

    String csv =
        "Anrede;Vorname;Nachname;E-Mail;Firma;PLZ;Ort;Geburtstag;Schlagwörter\r\n"
            + "Frau;Jürgen;Neu"
            + word
            + ";neu."
            + word
            + "@example.de;Bäckerei "
            + word
            + " GmbH;50667;Köln;17.05.1980;Messe "
            + word
            + "\r\n"
            + "Herr;Karl;Bekannt"
            + word
            + ";BEKANNT."
            + word
            + "@example.de;;;München;;\r\n"
            + "Herr;Fehler;Falsch"
            + word
            + ";falsch."
            + word
            + "@example.de;;;;31.02.1980;\r\n";
    Path file = Files.createTempFile("import", ".csv");
    Files.write(file, csv.getBytes(Charset.forName("windows-1252")));
    CsvDialect dialect = CsvSniffer.sniff(Files.readAllBytes(file));
    ColumnMapping mapping;
    try (CsvRows rows = CsvRows.open(file, dialect)) {
      mapping = ColumnMapping.guess(rows.headers(), ImportTarget.PEOPLE);
    }

    ImportJob dry =
        finished(
            sales()
                .call(
                    () ->
                        imports.startImport(file, dialect, mapping, PEOPLE, MatchKey.EMAIL, true)));
    assertThat(dry.getTotal()).isEqualTo(3);
    assertThat(List.of(dry.getCreated(), dry.getUpdated(), dry.getFailed()))
        .containsExactly(1, 1, 1);
    assertThat(people(word)).extracting(ContactRow::lastName).containsExactly("Bekannt" + word);

    ImportJob real =
        finished(
            sales()
                .call(
                    () ->
                        imports.startImport(
                            file, dialect, mapping, PEOPLE, MatchKey.EMAIL, false)));
    assertThat(List.of(real.getCreated(), real.getUpdated(), real.getFailed()))
        .containsExactly(1, 1, 1);
    ImportJob.RowError refused = real.errors().get(0);
    assertThat(refused.line()).isEqualTo(4);
    assertThat(refused.messageKey()).isEqualTo("import.badDate");
    assertThat(refused.values()).contains("Falsch" + word);

    assertThat(people(word))
        .extracting(ContactRow::lastName)
        .containsExactlyInAnyOrder("Bekannt" + word, "Neu" + word);
    ContactForm updated = sales().call(() -> contacts.loadContact(knownId));
    assertThat(updated.getFirstName()).isEqualTo("Karl");
    assertThat(updated.getCity()).isEqualTo("München");
    ContactRow created =
        people(word).stream().filter(r -> r.lastName().startsWith("Neu")).findFirst().orElseThrow();
    assertThat(created.accountName()).isEqualTo("Bäckerei " + word + " GmbH");
    assertThat(created.tags()).containsExactly("Messe " + word);
  }

  private List<ContactRow> people(String word) throws Exception {
    return sales()
        .call(() -> contacts.listContacts(new PageRequest(0, 10, "name", true, word), null))
        .rows();
  }

  private static ImportJob finished(ImportJob job) throws InterruptedException {
    for (int i = 0; i < 300 && !job.isDone(); i++) {
      Thread.sleep(100);
    }
    assertThat(job.isDone()).as("the import finished within 30 s").isTrue();
    assertThat(job.getFault()).isNull();
    return job;
  }
}
