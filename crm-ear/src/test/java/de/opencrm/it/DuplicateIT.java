package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.duplicate.DuplicateService;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.duplicate.DuplicateHit;
import de.opencrm.domain.duplicate.MatchReason;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Likely duplicates of a record being entered, found on PostgreSQL among the stored ones by
 * identifier or sound and scored by the German-aware matcher.
 */
@ExtendWith(ArquillianExtension.class)
class DuplicateIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(DuplicateIT.class);
  }

  @Inject DuplicateService duplicates;
  @Inject AccountService accounts;
  @Inject ContactService contacts;

  private static AccountForm company(String name, String street, String vatId) {
    AccountForm form = new AccountForm();
    form.setName(name);
    form.setStreet(street);
    form.setPostalCode("50667");
    form.setCity("Köln");
    form.setVatId(vatId);
    return form;
  }

  @Test
  void aCompanyUnderAnotherLegalFormOrWithTheSameVatIdIsALikelyDuplicate() throws Exception {
    As sales = As.user("sales", "demo");
    String tag = TestData.letterTag();
    String vatId = TestData.germanVatId();
    long stored =
        sales.call(
            () ->
                accounts.createAccount(
                    company("Schmidt " + tag + " GmbH & Co. KG", "Hohe Str. 5", vatId)));

    var sameName =
        sales.call(
            () ->
                duplicates.likelyDuplicatesOf(
                    company("Schmidt " + tag + " KG", "Hohe Straße 5", null)));
    assertThat(sameName).hasSize(1);
    DuplicateHit hit = sameName.get(0);
    assertThat(hit.record()).isEqualTo(RecordRef.account(stored));
    assertThat(hit.match().reasons())
        .containsExactly(MatchReason.SAME_NAME, MatchReason.SAME_ADDRESS);
    assertThat(hit.detail()).isEqualTo("Hohe Str. 5, 50667, Köln");

    var sameVat =
        sales.call(() -> duplicates.likelyDuplicatesOf(company("Ganz anders " + tag, null, vatId)));
    assertThat(sameVat)
        .singleElement()
        .satisfies(
            h ->
                assertThat(h.match().reasons())
                    .containsExactly(MatchReason.SAME_VAT_ID, MatchReason.SAME_POSTAL_CODE));

    assertThat(
            sales.call(
                () -> duplicates.likelyDuplicatesOf(company("Weber " + tag, "Ring 1", null))))
        .isEmpty();
  }

  @Test
  void aPersonSpeltDifferentlyAtTheSameCompanyOrWithTheSameEmailIsALikelyDuplicate()
      throws Exception {
    As sales = As.user("sales", "demo");
    String tag = TestData.letterTag();
    long accountId = sales.call(() -> accounts.createAccount(company("Kontor " + tag, null, null)));
    ContactForm meier = new ContactForm();
    meier.setFirstName("Anna");
    meier.setLastName("Meier");
    meier.setEmail("anna." + tag + "@kontor.example");
    meier.setAccountId(accountId);
    long stored = sales.call(() -> contacts.createContact(meier));

    ContactForm meyer = new ContactForm();
    meyer.setFirstName("Anna");
    meyer.setLastName("Meyer");
    meyer.setAccountId(accountId);
    assertThat(sales.call(() -> duplicates.likelyDuplicatesOf(meyer)))
        .anySatisfy(
            h -> {
              assertThat(h.record()).isEqualTo(RecordRef.contact(stored));
              assertThat(h.match().reasons())
                  .contains(
                      MatchReason.SIMILAR_NAME,
                      MatchReason.SAME_FIRST_NAME,
                      MatchReason.SAME_COMPANY);
            });

    ContactForm sameMail = new ContactForm();
    sameMail.setLastName("Schulz");
    sameMail.setEmail(" Anna." + tag + "@Kontor.example");
    assertThat(sales.call(() -> duplicates.likelyDuplicatesOf(sameMail)))
        .singleElement()
        .satisfies(h -> assertThat(h.match().reasons()).containsExactly(MatchReason.SAME_EMAIL));
  }
}
