package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.audit.AuditRow;
import de.opencrm.application.audit.AuditService;
import de.opencrm.application.audit.Verification;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditChainCheck;
import de.opencrm.domain.audit.AuditSearch;
import de.opencrm.domain.audit.FieldChange;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.integration.export.ExportFormat;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit journal on PostgreSQL: a change is recorded with who and the fields before and after,
 * in the same transaction (a rolled-back change leaves nothing), and the hash chain shows an entry
 * changed behind the CRM's back.
 */
@ExtendWith(ArquillianExtension.class)
class AuditJournalIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(AuditJournalIT.class);
  }

  @Inject AccountService accounts;
  @Inject AuditService audit;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  private static As sales() {
    return As.user("sales", "demo");
  }

  private static As auditor() {
    return As.user("auditor", "demo");
  }

  private List<AuditRow> history(long accountId) throws Exception {
    return auditor().call(() -> audit.search(AuditSearch.ofRecord("Account", accountId), 0, 50));
  }

  @Test
  void aChangeIsRecordedWithItsFieldsAndARolledBackOneIsNot() throws Exception {
    String word = TestData.letterTag();
    AccountForm form = new AccountForm();
    form.setName("Audit" + word + " GmbH");
    form.setCity("Köln");
    long id = sales().call(() -> accounts.createAccount(form));
    AccountForm loaded = sales().call(() -> accounts.loadAccount(id));
    loaded.setCity("Hamburg");
    sales().run(() -> accounts.updateAccount(loaded));

    List<AuditRow> rows = history(id);
    assertThat(rows)
        .extracting(AuditRow::action)
        .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    assertThat(rows).allMatch(r -> "sales".equals(r.username()));
    assertThat(rows.get(0).recordLabel()).isEqualTo("Audit" + word + " GmbH");
    assertThat(rows.get(0).changes())
        .containsExactly(new FieldChange("billingAddress.city", "Köln", "Hamburg"));
    assertThat(rows.get(1).changes())
        .contains(new FieldChange("name", null, "Audit" + word + " GmbH"));

    // renamed, then refused at the ERP number another company holds: nothing of it stays
    AccountForm taken = new AccountForm();
    taken.setName("Andere" + word + " AG");
    taken.setErpDebtorNumber("A-" + word);
    sales().call(() -> accounts.createAccount(taken));
    AccountForm clash = sales().call(() -> accounts.loadAccount(id));
    clash.setName("Umbenannt" + word + " GmbH");
    clash.setErpDebtorNumber("A-" + word);
    assertThatThrownBy(() -> sales().run(() -> accounts.updateAccount(clash)))
        .isInstanceOf(BusinessException.class);
    assertThat(history(id)).hasSize(2);
    assertThat(sales().call(() -> accounts.loadAccount(id)).getName())
        .isEqualTo("Audit" + word + " GmbH");

    assertThatThrownBy(() -> sales().call(() -> audit.search(AuditSearch.everything(), 0, 10)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void anExportIsRecordedWithFormatRowsAndFilter() throws Exception {
    String word = TestData.letterTag();
    for (String name : List.of("Export" + word + " GmbH", "Ausfuhr " + word + " AG")) {
      AccountForm form = new AccountForm();
      form.setName(name);
      sales().call(() -> accounts.createAccount(form));
    }
    int rows =
        sales()
            .call(
                () ->
                    accounts.exportAccounts(
                        new PageRequest(0, 50, "name", true, word),
                        ExportFormat.CSV,
                        List.of("Name", "PLZ", "Ort", "ERP", "Betreuer", "Schlagwörter"),
                        Locale.GERMAN,
                        new ByteArrayOutputStream()));
    assertThat(rows).isEqualTo(2);

    AuditSearch exports = new AuditSearch("sales", "Account", null, AuditAction.EXPORT, null, null);
    AuditRow newest = auditor().call(() -> audit.search(exports, 0, 1)).get(0);
    assertThat(newest.changes())
        .containsExactly(
            new FieldChange("format", null, "CSV"),
            new FieldChange("rows", null, "2"),
            new FieldChange("filter", null, word));
  }

  @Test
  void theChainIsIntactAndAnEntryChangedInTheDatabaseIsFound() throws Exception {
    AccountForm form = new AccountForm();
    form.setName("Kette" + TestData.letterTag() + " KG");
    long id = sales().call(() -> accounts.createAccount(form));
    Verification before = auditor().call(() -> audit.verifyChain());
    assertThat(before.result().intact()).isTrue();
    assertThat(before.result().checked()).isEqualTo(before.headId()).isPositive();

    long entry = history(id).get(0).id();
    tamper(entry, "mallory");
    try {
      AuditChainCheck.Result broken = auditor().call(() -> audit.verifyChain()).result();
      assertThat(broken.intact()).isFalse();
      assertThat(broken.brokenAt()).isEqualTo(entry);
      assertThat(broken.problem()).isEqualTo(AuditChainCheck.Problem.CONTENT_CHANGED);
    } finally {
      tamper(entry, "sales");
    }
    assertThat(auditor().call(() -> audit.verifyChain()).result().intact()).isTrue();

    AuditSearch checks = new AuditSearch("auditor", null, null, AuditAction.VERIFY, null, null);
    List<AuditRow> recorded = auditor().call(() -> audit.search(checks, 0, 2));
    assertThat(recorded.get(0).changes().get(0))
        .isEqualTo(new FieldChange("result", null, "intact"));
    assertThat(recorded.get(1).changes().get(0).after()).startsWith("broken at " + entry);
  }

  private void tamper(long entry, String username) throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement update =
            db.prepareStatement("UPDATE crm_audit_entry SET username = ? WHERE id = ?")) {
      update.setString(1, username);
      update.setLong(2, entry);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
