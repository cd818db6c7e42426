package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ChannelEntry;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.search.SearchService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ChannelKind;
import de.opencrm.domain.contact.Salutation;
import de.opencrm.domain.search.SearchHit;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contacts on PostgreSQL: under an account, found by name, phone in any notation and company;
 * rights and locking.
 */
@ExtendWith(ArquillianExtension.class)
class ContactIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ContactIT.class);
  }

  @Inject ContactService contacts;
  @Inject AccountService accounts;
  @Inject SearchService search;

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static ContactForm person(String lastName, Long accountId) {
    ContactForm form = new ContactForm();
    form.setSalutation(Salutation.MS);
    form.setTitle("Dr.");
    form.setFirstName("Anna");
    form.setLastName(lastName);
    form.setEmail("Anna." + lastName.replace(' ', '.') + "@Example.COM");
    form.setPhone("(0221) 555 " + (1000 + Math.abs(lastName.hashCode() % 8999)));
    form.setBirthday(LocalDate.of(1980, 5, 17));
    form.setAccountId(accountId);
    return form;
  }

  @Test
  void aContactUnderAnAccountIsFoundByNamePhoneAndCompany() throws Exception {
    String tag = unique();
    As sales = As.user("sales", "demo");
    AccountForm company = new AccountForm();
    company.setName("Kölner Kontor " + tag);
    long accountId = sales.call(() -> accounts.createAccount(company));
    ContactForm form = person("Müller " + tag, accountId);
    long id = sales.call(() -> contacts.createContact(form));

    ContactForm stored = sales.call(() -> contacts.loadContact(id));
    assertThat(stored.getEmail()).isEqualTo(("anna.müller." + tag + "@example.com").toLowerCase());
    assertThat(stored.getPhone()).startsWith("0221 555");
    assertThat(stored.getAccountName()).isEqualTo("Kölner Kontor " + tag);
    assertThat(stored.getDisplayName()).isEqualTo("Dr. Anna Müller " + tag);

    String phoneTyped = "+49 221 555" + form.getPhone().substring(form.getPhone().length() - 4);
    for (String typed : new String[] {"mueller " + tag, phoneTyped, "koelner kontor " + tag}) {
      var page =
          sales.call(
              () -> contacts.listContacts(new PageRequest(0, 50, "name", true, typed), null));
      assertThat(page.rows()).as(typed).anySatisfy(r -> assertThat(r.id()).isEqualTo(id));
    }
    var ofAccount = sales.call(() -> contacts.listContacts(PageRequest.of(0, 50), accountId));
    assertThat(ofAccount.rows()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(id));
  }

  @Test
  void anInvalidPhoneIsRefusedNextToItsFieldAndOtherTeamsOnlyRead() throws Exception {
    As sales = As.user("sales", "demo");
    ContactForm bad = person("Falsch " + unique(), null);
    bad.setPhone("12");
    assertThatThrownBy(() -> sales.call(() -> contacts.createContact(bad)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getField())
        .isEqualTo("phone");

    long id = sales.call(() -> contacts.createContact(person("Privat " + unique(), null)));
    As sales2 = As.user("sales2", "demo");
    ContactForm theirs = sales2.call(() -> contacts.loadContact(id));
    assertThat(theirs.isEditable()).isFalse();
    theirs.setPosition("Einkauf");
    assertThatThrownBy(() -> sales2.run(() -> contacts.updateContact(theirs)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("contact.notYours");

    ContactForm first = sales.call(() -> contacts.loadContact(id));
    ContactForm second = sales.call(() -> contacts.loadContact(id));
    first.setPosition("Geschäftsführung");
    sales.run(() -> contacts.updateContact(first));
    second.setPosition("Vertrieb");
    assertThatThrownBy(() -> sales.run(() -> contacts.updateContact(second)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("error.concurrentEdit");
  }

  @Test
  void aPersonHasSeveralAddressesAndNumbersAndIsFoundByAnyOfThem() throws Exception {
    As sales = As.user("sales", "demo");
    String tag = unique();
    ContactForm form = person("Schulze " + tag, null);
    form.setEmailKind(ChannelKind.HOME);
    form.getMoreEmails()
        .add(new ChannelEntry("Schulze." + tag + "@Firma.example", ChannelKind.WORK));
    String mobile = "0170 " + (1000000 + Math.abs(tag.hashCode() % 8999999));
    form.getMorePhones().add(new ChannelEntry(mobile, ChannelKind.MOBILE));
    form.setStreet("Lindenstraße 3");
    form.setPostalCode("10969");
    form.setCity("Berlin");
    form.setCountry("DE");
    long id = sales.call(() -> contacts.createContact(form));

    ContactForm stored = sales.call(() -> contacts.loadContact(id));
    assertThat(stored.getEmailKind()).isEqualTo(ChannelKind.HOME);
    assertThat(stored.getMoreEmails())
        .singleElement()
        .satisfies(e -> assertThat(e.getValue()).isEqualTo("schulze." + tag + "@firma.example"));
    assertThat(stored.getMorePhones())
        .singleElement()
        .satisfies(p -> assertThat(p.getKind()).isEqualTo(ChannelKind.MOBILE));
    assertThat(stored.getCity()).isEqualTo("Berlin");
    assertThat(stored.getPostalCode()).isEqualTo("10969");

    assertThat(sales.call(() -> search.search(mobile, 8)))
        .extracting(SearchHit::record)
        .containsExactly(RecordRef.contact(id));
    var byMail =
        sales.call(
            () ->
                contacts.listContacts(
                    new PageRequest(0, 50, null, true, "schulze." + tag + "@firma"), null));
    assertThat(byMail.rows()).extracting(r -> r.id()).containsExactly(id);

    ContactForm badMore = sales.call(() -> contacts.loadContact(id));
    badMore.getMoreEmails().add(new ChannelEntry("kein-at-zeichen", ChannelKind.OTHER));
    assertThatThrownBy(() -> sales.run(() -> contacts.updateContact(badMore)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("contact.emailInvalid");
    ContactForm badPlz = sales.call(() -> contacts.loadContact(id));
    badPlz.setPostalCode("1096");
    assertThatThrownBy(() -> sales.run(() -> contacts.updateContact(badPlz)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getField())
        .isEqualTo("postalCode");
  }
}
