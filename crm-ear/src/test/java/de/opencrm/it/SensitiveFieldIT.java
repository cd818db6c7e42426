package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.audit.AuditRow;
import de.opencrm.application.audit.AuditService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditSearch;
import de.opencrm.domain.audit.FieldChange;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A birthday is personal data: the database holds it only AES-GCM encrypted, the application reads
 * it as a date, and the audit journal says that it changed without telling it.
 */
@ExtendWith(ArquillianExtension.class)
class SensitiveFieldIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(SensitiveFieldIT.class);
  }

  @Inject ContactService contacts;
  @Inject AuditService audit;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  private String stored(long id) throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement read =
            db.prepareStatement("SELECT birthday_sealed FROM crm_contact WHERE id = ?")) {
      read.setLong(1, id);
      try (ResultSet row = read.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  @Test
  void theBirthdayIsStoredEncryptedReadAsADateAndNeverWrittenToTheJournal() throws Exception {
    As sales = As.user("sales", "demo");
    ContactForm form = new ContactForm();
    form.setFirstName("Greta");
    form.setLastName("Geheim " + TestData.letterTag());
    form.setBirthday(LocalDate.of(1971, 3, 14));
    long id = sales.call(() -> contacts.createContact(form));

    String sealed = stored(id);
    assertThat(sealed).startsWith("gcm1:").doesNotContain("1971").doesNotContain("03-14");
    ContactForm loaded = sales.call(() -> contacts.loadContact(id));
    assertThat(loaded.getBirthday()).isEqualTo(LocalDate.of(1971, 3, 14));

    loaded.setBirthday(LocalDate.of(1972, 4, 15));
    sales.run(() -> contacts.updateContact(loaded));
    assertThat(stored(id)).isNotEqualTo(sealed).doesNotContain("1972");
    assertThat(sales.call(() -> contacts.loadContact(id)).getBirthday())
        .isEqualTo(LocalDate.of(1972, 4, 15));

    List<AuditRow> history =
        As.user("auditor", "demo").call(() -> audit.recordHistory("Contact", id, 0, 10));
    List<FieldChange> birthdays =
        history.stream()
            .flatMap(row -> row.changes().stream())
            .filter(change -> change.field().equals("birthday"))
            .toList();
    assertThat(birthdays).hasSize(2);
    // the test server runs with CRM_AUDIT_SENSITIVE_READS=true: each opening is an entry naming the
    // field, never its value
    List<AuditRow> reads =
        As.user("auditor", "demo")
            .call(
                () ->
                    audit.search(
                        new AuditSearch("sales", "Contact", id, AuditAction.READ, null, null),
                        0,
                        10));
    assertThat(reads).hasSizeGreaterThanOrEqualTo(2);
    assertThat(reads.get(0).changes().toString()).contains("birthday").doesNotContain("1972");
    assertThat(birthdays)
        .allSatisfy(
            change -> {
              assertThat(change.after()).isEqualTo("•••");
              assertThat(String.valueOf(change.before())).doesNotContain("19");
            });
  }
}
