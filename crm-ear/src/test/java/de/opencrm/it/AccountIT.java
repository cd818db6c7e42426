package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts on PostgreSQL: search with umlauts, validation, optimistic locking, who may change what.
 */
@ExtendWith(ArquillianExtension.class)
class AccountIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(AccountIT.class);
  }

  @Inject AccountService accounts;
  @Inject ContactService contacts;

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static AccountForm form(String name) {
    AccountForm form = new AccountForm();
    form.setName(name);
    form.setLegalForm(LegalForm.GMBH);
    form.setVatId("DE 143 454 214");
    form.setStreet("Hauptstraße 1");
    form.setPostalCode("50667");
    form.setCity("Köln");
    form.setCountry("DE");
    return form;
  }

  @Test
  void aRenamedCompanysPeopleAreFoundByItsNewName() throws Exception {
    String tag = unique();
    As sales = As.user("sales", "demo");
    long id = sales.call(() -> accounts.createAccount(form("Altname Handel " + tag)));
    ContactForm person = new ContactForm();
    person.setLastName("Zeisig");
    person.setAccountId(id);
    long personId = sales.call(() -> contacts.createContact(person));

    AccountForm renamed = sales.call(() -> accounts.loadAccount(id));
    renamed.setName("Neuname Handel " + tag);
    sales.run(() -> accounts.updateAccount(renamed));

    assertThat(
            sales
                .call(
                    () ->
                        contacts.listContacts(
                            new PageRequest(0, 10, null, true, "neuname handel " + tag), null))
                .rows())
        .extracting(r -> r.id())
        .containsExactly(personId);
    assertThat(
            sales
                .call(
                    () ->
                        contacts.listContacts(
                            new PageRequest(0, 10, null, true, "altname handel " + tag), null))
                .rows())
        .isEmpty();
  }

  @Test
  void salesCreatesAnAccountThatIsFoundWithOrWithoutUmlauts() throws Exception {
    String tag = unique();
    As sales = As.user("sales", "demo");
    long id = sales.call(() -> accounts.createAccount(form("Müller Logistik " + tag)));

    for (String typed :
        new String[] {"Müller Logistik " + tag, "mueller logistik " + tag, "MUELLER LOG"}) {
      var page =
          sales.call(() -> accounts.listAccounts(new PageRequest(0, 50, "name", true, typed)));
      assertThat(page.rows()).as(typed).anySatisfy(r -> assertThat(r.id()).isEqualTo(id));
    }
    AccountForm stored = sales.call(() -> accounts.loadAccount(id));
    assertThat(stored.getVatId()).isEqualTo("DE143454214");
    assertThat(stored.getOwnerName()).isEqualTo("Stefan Schmitt");
    assertThat(stored.isEditable()).isTrue();
  }

  @Test
  void demoModeBringsCompaniesOwnedByTheDemoSalesUsers() throws Exception {
    var page =
        As.user("service", "demo")
            .call(() -> accounts.listAccounts(new PageRequest(0, 10, null, true, "rheinland")));
    assertThat(page.rows())
        .anySatisfy(
            r -> {
              assertThat(r.fullName()).isEqualTo("Rheinland Logistik GmbH");
              assertThat(r.city()).isEqualTo("Köln");
              assertThat(r.ownerName()).isEqualTo("Stefan Schmitt");
            });
  }

  @Test
  void anInvalidVatIdOrPostalCodeIsRefusedAndNothingIsStored() throws Exception {
    String name = "Fehlerhaft " + unique();
    As sales = As.user("sales", "demo");
    AccountForm badVat = form(name);
    badVat.setVatId("DE143454215");
    assertThatThrownBy(() -> sales.call(() -> accounts.createAccount(badVat)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getField())
        .isEqualTo("vatId");
    AccountForm badPlz = form(name);
    badPlz.setPostalCode("5066");
    assertThatThrownBy(() -> sales.call(() -> accounts.createAccount(badPlz)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getField())
        .isEqualTo("postalCode");
    AccountForm badShipping = form(name);
    badShipping.getShipping().setPostalCode("1234");
    assertThatThrownBy(() -> sales.call(() -> accounts.createAccount(badShipping)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getField())
        .isEqualTo("shippingPostalCode");
    assertThat(sales.call(() -> accounts.countAccounts(new PageRequest(0, 1, null, true, name))))
        .isZero();
  }

  @Test
  void aCompanyBelongsToAParentButNeverToItsOwnSubsidiary() throws Exception {
    As sales = As.user("sales", "demo");
    long holding = sales.call(() -> accounts.createAccount(form("Holding " + unique())));
    AccountForm daughter = form("Tochter " + unique());
    daughter.setParentId(holding);
    long daughterId = sales.call(() -> accounts.createAccount(daughter));
    assertThat(sales.call(() -> accounts.loadAccount(daughterId)).getParentId()).isEqualTo(holding);

    AccountForm cycle = sales.call(() -> accounts.loadAccount(holding));
    cycle.setParentId(daughterId);
    assertThatThrownBy(() -> sales.run(() -> accounts.updateAccount(cycle)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("account.parentCycle");
  }

  @Test
  void aShippingAddressIsKeptBesideTheBillingAddress() throws Exception {
    As sales = As.user("sales", "demo");
    AccountForm company = form("Versand " + unique());
    company.getShipping().setStreet("Lagerstraße 3");
    company.getShipping().setPostalCode("47119");
    company.getShipping().setCity("Duisburg");
    long id = sales.call(() -> accounts.createAccount(company));
    AccountForm stored = sales.call(() -> accounts.loadAccount(id));
    assertThat(stored.getShipping().getStreet()).isEqualTo("Lagerstraße 3");
    assertThat(stored.getShipping().getCity()).isEqualTo("Duisburg");
    assertThat(stored.getShipping().getCountry()).isEqualTo("DE");
    assertThat(stored.getCity()).isNotEqualTo("Duisburg");
  }

  @Test
  void theOwnersTeamEditsOthersOnlyRead() throws Exception {
    long id =
        As.user("sales", "demo").call(() -> accounts.createAccount(form("Nordlicht " + unique())));

    As manager = As.user("manager", "demo"); // same team as sales
    AccountForm byManager = manager.call(() -> accounts.loadAccount(id));
    assertThat(byManager.isEditable()).isTrue();
    byManager.setIndustry("Spedition");
    manager.run(() -> accounts.updateAccount(byManager));

    As sales2 = As.user("sales2", "demo"); // another team
    AccountForm bySales2 = sales2.call(() -> accounts.loadAccount(id));
    assertThat(bySales2.isEditable()).isFalse();
    assertThat(bySales2.getIndustry()).isEqualTo("Spedition");
    bySales2.setIndustry("Übernommen");
    assertThatThrownBy(() -> sales2.run(() -> accounts.updateAccount(bySales2)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("account.notYours");

    As service = As.user("service", "demo");
    assertThat(service.call(() -> accounts.loadAccount(id)).isEditable()).isFalse();
    assertThatThrownBy(
            () -> service.call(() -> accounts.createAccount(form("Service GmbH " + unique()))))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.user("auditor", "demo").call(() -> accounts.loadAccount(id)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void aConcurrentEditIsRefusedAndTheFirstOneKept() throws Exception {
    As sales = As.user("sales", "demo");
    long id = sales.call(() -> accounts.createAccount(form("Gleichzeitig " + unique())));
    AccountForm first = sales.call(() -> accounts.loadAccount(id));
    AccountForm second = sales.call(() -> accounts.loadAccount(id));
    first.setCity("Bonn");
    first.setPostalCode("53111");
    sales.run(() -> accounts.updateAccount(first));
    second.setCity("Aachen");
    assertThatThrownBy(() -> sales.run(() -> accounts.updateAccount(second)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("error.concurrentEdit");
    assertThat(sales.call(() -> accounts.loadAccount(id)).getCity()).isEqualTo("Bonn");
  }

  @Test
  void anErpDebtorNumberBelongsToOneAccount() throws Exception {
    As sales = As.user("sales", "demo");
    String number = "D-" + unique();
    AccountForm one = form("Erste " + unique());
    one.setErpDebtorNumber(number);
    sales.call(() -> accounts.createAccount(one));
    AccountForm two = form("Zweite " + unique());
    two.setErpDebtorNumber(number);
    assertThatThrownBy(() -> sales.call(() -> accounts.createAccount(two)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("account.erpNumberTaken");
  }
}
