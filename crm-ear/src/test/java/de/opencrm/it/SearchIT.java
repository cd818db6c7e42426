package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.search.SearchService;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.search.SearchHit;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The global search on PostgreSQL: umlauts and ß however typed, names misspelt, phone numbers in
 * any notation, street and city; literal matches before those that only sound alike.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(SearchIT.class);
  }

  @Inject SearchService search;
  @Inject AccountService accounts;
  @Inject ContactService contacts;

  private List<RecordRef> found(As user, String text) throws Exception {
    return user.call(() -> search.search(text, 8)).stream().map(SearchHit::record).toList();
  }

  @Test
  void findsCompaniesAndPeopleHoweverTheirNamesAreTyped() throws Exception {
    String tag = TestData.letterTag();
    As sales = As.user("sales", "demo");
    AccountForm company = new AccountForm();
    company.setName("Straßenbau Müller " + tag);
    company.setStreet("Große Bleiche 3");
    company.setPostalCode("55116");
    company.setCity("Mainz");
    long accountId = sales.call(() -> accounts.createAccount(company));
    AccountForm other = new AccountForm();
    other.setName("Möller Transporte " + tag);
    long otherId = sales.call(() -> accounts.createAccount(other));
    ContactForm person = new ContactForm();
    person.setFirstName("Jürgen");
    person.setLastName("Meyer");
    person.setEmail("j.meyer@strassenbau-mueller.example");
    String extension = String.valueOf(100 + new Random().nextInt(900));
    person.setPhone("06131 / 55 44 " + extension);
    person.setAccountId(accountId);
    long contactId = sales.call(() -> contacts.createContact(person));
    RecordRef company1 = RecordRef.account(accountId);
    RecordRef person1 = RecordRef.contact(contactId);

    assertThat(found(sales, "Mueller " + tag)).contains(company1, person1);
    assertThat(found(sales, "strasse " + tag)).contains(company1);
    assertThat(found(sales, "mueler " + tag))
        .as("a typo: Müller sounds the same and is spelt closer than Möller")
        .startsWith(company1)
        .contains(RecordRef.account(otherId));
    assertThat(found(sales, "moeller " + tag))
        .as("the literal match comes first")
        .startsWith(RecordRef.account(otherId));
    assertThat(found(sales, "Maier " + tag)).contains(person1);
    assertThat(found(sales, "jürgen mainz")).doesNotContain(person1);
    assertThat(found(sales, "grosse bleiche " + tag)).containsExactly(company1);
    assertThat(found(sales, "+49 6131 5544" + extension)).containsExactly(person1);
    assertThat(found(sales, " ")).isEmpty();

    SearchHit hit =
        sales.call(() -> search.search("straßenbau " + tag, 8)).stream()
            .filter(h -> h.record().equals(company1))
            .findFirst()
            .orElseThrow();
    assertThat(hit.label()).isEqualTo("Straßenbau Müller " + tag);
    assertThat(hit.detail()).isEqualTo("55116 Mainz");

    As auditor = As.user("auditor", "demo");
    assertThatThrownBy(() -> found(auditor, "mueller")).isInstanceOf(EJBAccessException.class);
  }
}
