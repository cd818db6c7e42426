package de.opencrm.domain.erp;

import static de.opencrm.domain.erp.ErpTestRecords.company;
import static de.opencrm.domain.erp.ErpTestRecords.debtor;
import static de.opencrm.domain.erp.ErpTestRecords.germanVatId;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The ERP owns the billing address (a value it delivers replaces the CRM's, one it leaves out keeps
 * the CRM's); name and VAT ID are the CRM's and differences become conflicts, not changes.
 */
class ErpOwnershipTest {

  @Test
  void theErpsAddressReplacesTheCrmsWhereItDeliversOne() {
    ErpOwnership.Plan plan =
        ErpOwnership.plan(
            debtor("1", "Alpha Handel GmbH", null, "Neue Straße 5", null),
            company(1, "Alpha Handel", null, "1", "Alter Weg 1", "50667"));
    assertThat(plan.addressChanges()).isTrue();
    assertThat(plan.street()).isEqualTo("Neue Straße 5");
    assertThat(plan.postalCode()).as("not delivered: the CRM's stays").isEqualTo("50667");
    assertThat(plan.city()).isEqualTo("Köln");
    assertThat(plan.country()).isEqualTo("DE");
    assertThat(plan.conflicts()).as("legal form suffix aside, the same name").isEmpty();
  }

  @Test
  void theSameAddressChangesNothing() {
    ErpOwnership.Plan plan =
        ErpOwnership.plan(
            debtor("1", "Alpha Handel", null, "Alter Weg 1", "50667"),
            company(1, "Alpha Handel", null, "1", "Alter Weg 1", "50667"));
    assertThat(plan.addressChanges()).isFalse();
    assertThat(plan.conflicts()).isEmpty();
  }

  @Test
  void anotherNameOrVatIdIsAConflictWithBothValues() {
    String erpVat = germanVatId("11111111");
    String crmVat = germanVatId("22222222");
    ErpOwnership.Plan plan =
        ErpOwnership.plan(
            debtor("1", "Beta Hochbau AG", erpVat, null, null),
            company(2, "Beta Bau", crmVat, "1", null, null));
    assertThat(plan.conflicts())
        .containsExactly(
            new ErpOwnership.Conflict("name", "Beta Hochbau AG", "Beta Bau"),
            new ErpOwnership.Conflict("vatId", erpVat, crmVat));
    assertThat(plan.addressChanges()).isFalse();
  }

  @Test
  void aVatIdOnlyOneSideKnowsIsNoConflict() {
    ErpOwnership.Plan plan =
        ErpOwnership.plan(
            debtor("1", "Beta Bau", germanVatId("11111111"), null, null),
            company(2, "Beta Bau", null, "1", null, null));
    assertThat(plan.conflicts()).isEmpty();
  }
}
