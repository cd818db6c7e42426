package de.opencrm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.BusinessException;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static String searchKey(Account account) throws ReflectiveOperationException {
    Field field = Account.class.getDeclaredField("searchKey");
    field.setAccessible(true);
    return (String) field.get(account);
  }

  @Test
  void theSearchKeyFollowsNameAddressAndNumbersFolded() throws Exception {
    User owner = new User("sales", "$2a$10$hash", Instant.parse("2026-11-22T10:00:00Z"));
    Account account = new Account("Bäckerei Würfel", owner);
    account.locate(new Address("Hohe Straße 12", "50667", "Köln", "NRW", "de"), new Address());
    account.describe(
        LegalForm.EK, VatId.parse("DE143454214").orElseThrow(), null, null, null, "D-4711");
    assertThat(searchKey(account))
        .isEqualTo("baeckerei wuerfel hohe strasse 12 50667 koeln d-4711 de143454214");
    assertThat(account.getBillingAddress().getCountry()).isEqualTo("DE");

    account.rename("Backhaus Würfel");
    assertThat(searchKey(account)).startsWith("backhaus wuerfel hohe strasse 12 50667 koeln");
  }

  @Test
  void aCompanyIsNeverItsOwnParentDirectlyOrThroughOthers() {
    User owner = new User("owner", "hash", Instant.now());
    Account holding = new Account("Holding", owner);
    Account daughter = new Account("Tochter", owner);
    Account granddaughter = new Account("Enkelin", owner);
    daughter.belongTo(holding);
    granddaughter.belongTo(daughter);
    assertThat(granddaughter.getParent()).isSameAs(daughter);
    assertThatThrownBy(() -> holding.belongTo(granddaughter)).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> holding.belongTo(holding)).isInstanceOf(BusinessException.class);
    daughter.belongTo(null);
    assertThat(daughter.getParent()).isNull();
  }
}
