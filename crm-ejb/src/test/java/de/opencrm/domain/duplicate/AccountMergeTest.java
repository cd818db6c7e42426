package de.opencrm.domain.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.account.VatId;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountMergeTest {

  private final User sales = new User("sales", "$2a$10$hash", Instant.now());

  @Test
  void theSurvivorTakesTheChosenValuesAndAnUndoRestoresItsOwn() {
    Account survivor = new Account("Müller Logistik", sales);
    survivor.locate(new Address("Hauptstr. 1", "50667", "Köln", null, "DE"), new Address());
    Account duplicate = new Account("Mueller Logistik", sales);
    duplicate.describe(
        LegalForm.GMBH,
        VatId.parse("DE136695976").orElseThrow(),
        "Logistik",
        CompanySize.MEDIUM,
        null,
        "D-4711");
    duplicate.locate(
        new Address("Hauptstraße 1", "50667", "Köln", "NRW", "DE"),
        new Address("Lagerweg 3", "50829", "Köln", null, "DE"));

    Map<AccountField, String> before =
        AccountMerge.merge(
            survivor,
            duplicate,
            EnumSet.of(
                AccountField.LEGAL_FORM,
                AccountField.ERP_NUMBER,
                AccountField.VAT_ID,
                AccountField.SHIPPING_ADDRESS),
            id -> null);
    assertThat(survivor.getName()).isEqualTo("Müller Logistik");
    assertThat(survivor.fullName()).isEqualTo("Müller Logistik GmbH");
    assertThat(survivor.getErpDebtorNumber()).isEqualTo("D-4711");
    assertThat(survivor.getVatId()).isEqualTo("DE136695976");
    assertThat(survivor.getIndustry()).isNull();
    assertThat(survivor.getBillingAddress().getStreet()).isEqualTo("Hauptstr. 1");
    assertThat(survivor.getShippingAddress().getStreet()).isEqualTo("Lagerweg 3");
    assertThat(duplicate.isMerged()).isTrue();

    MergeRecord record = new MergeRecord(RecordRef.Kind.ACCOUNT, 1, 2);
    record.replaced(before, Map.of());
    AccountMerge.undo(survivor, duplicate, record.survivorBefore(AccountField.class), id -> null);
    assertThat(survivor.getLegalForm()).isNull();
    assertThat(survivor.getErpDebtorNumber()).isNull();
    assertThat(survivor.getVatId()).isNull();
    assertThat(survivor.getShippingAddress().isEmpty()).isTrue();
    assertThat(survivor.getBillingAddress().getCity()).isEqualTo("Köln");
    assertThat(duplicate.isMerged()).isFalse();
  }

  @Test
  void addressesKeepAllTheirPartsThroughTheirTextForm() {
    Address address = new Address("Am Hof 2", "80331", "München", "Bayern", "DE");
    Address back = AccountMerge.address(AccountMerge.text(address));
    assertThat(back.getStreet()).isEqualTo("Am Hof 2");
    assertThat(back.getState()).isEqualTo("Bayern");
    assertThat(back.getCountry()).isEqualTo("DE");
    assertThat(AccountMerge.text(new Address())).isNull();
  }

  @Test
  void aCompanyIsNotMergedWithItsParentOrSubsidiary() {
    Account parent = new Account("Konzern", sales);
    Account child = new Account("Tochter", sales);
    child.belongTo(parent);
    assertThatThrownBy(
            () -> AccountMerge.merge(parent, child, EnumSet.noneOf(AccountField.class), id -> null))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("merge.groupMembers");
    assertThatThrownBy(
            () -> AccountMerge.merge(child, parent, EnumSet.noneOf(AccountField.class), id -> null))
        .isInstanceOf(BusinessException.class);
  }
}
