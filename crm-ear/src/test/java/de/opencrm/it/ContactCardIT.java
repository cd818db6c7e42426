package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.contact.CardImport;
import de.opencrm.application.contact.ContactCardService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.domain.common.PageRequest;
import ezvcard.VCardVersion;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * vCard import and export on PostgreSQL: each card on its own, companies found by name or created,
 * likely duplicates and broken cards left out with their reason, an export that imports again.
 */
@ExtendWith(ArquillianExtension.class)
class ContactCardIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ContactCardIT.class);
  }

  @Inject ContactCardService cards;
  @Inject ContactService contacts;

  private static String file(String tag) {
    return String.join(
        "\r\n",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Vogel" + tag + ";Marie;;Dr.;",
        "FN:Dr. Marie Vogel" + tag,
        "ORG:Rheinland Logistik GmbH",
        "EMAIL;TYPE=INTERNET;TYPE=WORK:marie." + tag + "@rheinland-logistik.example",
        "TEL;TYPE=CELL:+49 171 5550101",
        "ADR;TYPE=WORK:;;Hohe Straße 52;Köln;;50667;Deutschland",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Fink" + tag + ";Paul;;;",
        "ORG:Neue Firma " + tag + " GmbH",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Bad" + tag + ";Phone;;;",
        "TEL;TYPE=WORK:12",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "ORG:Nur eine Firma",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Ente" + tag + ";Erika;;;",
        "EMAIL:erika." + tag + "@example.de",
        "END:VCARD",
        "");
  }

  @Test
  void eachCardIsImportedOnItsOwnAndAnExportImportsAgainAsDuplicates() throws Exception {
    As sales = As.user("sales", "demo");
    String tag = TestData.letterTag();
    ContactForm existing = new ContactForm();
    existing.setFirstName("Erika");
    existing.setLastName("Ente-Alt");
    existing.setEmail("erika." + tag + "@example.de");
    sales.call(() -> contacts.createContact(existing));

    CardImport result =
        sales.call(
            () ->
                cards.importCards(
                    new ByteArrayInputStream(file(tag).getBytes(StandardCharsets.UTF_8))));
    assertThat(result.read()).isEqualTo(5);
    assertThat(result.created()).isEqualTo(2);
    assertThat(result.accountsCreated())
        .as("Rheinland Logistik exists, Neue Firma not")
        .isEqualTo(1);
    assertThat(result.problems())
        .extracting(CardImport.Problem::number, CardImport.Problem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "contact.phoneInvalid"),
            org.assertj.core.groups.Tuple.tuple(4, "vcard.noName"),
            org.assertj.core.groups.Tuple.tuple(5, "vcard.duplicate"));

    var vogel =
        sales.call(
            () -> contacts.listContacts(new PageRequest(0, 5, null, true, "vogel" + tag), null));
    assertThat(vogel.rows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.accountName()).isEqualTo("Rheinland Logistik");
              assertThat(r.phone()).isEqualTo("+491715550101");
            });
    ContactForm marie = sales.call(() -> contacts.loadContact(vogel.rows().get(0).id()));
    assertThat(marie.getTitle()).isEqualTo("Dr.");
    assertThat(marie.getCity()).isEqualTo("Köln");
    assertThat(marie.getCountry()).isEqualTo("DE");
    assertThat(
            sales
                .call(
                    () ->
                        contacts.listContacts(new PageRequest(0, 5, null, true, "bad" + tag), null))
                .rows())
        .as("a broken card leaves nothing behind")
        .isEmpty();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exported = sales.call(() -> cards.exportCards(tag, VCardVersion.V4_0, out));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exported).isEqualTo(3);
    assertThat(text)
        .contains("VERSION:4.0", "Vogel" + tag, "marie." + tag + "@rheinland-logistik.example");
    CardImport again =
        sales.call(() -> cards.importCards(new ByteArrayInputStream(out.toByteArray())));
    assertThat(again.created()).isZero();
    assertThat(again.problems())
        .hasSize(3)
        .allSatisfy(p -> assertThat(p.messageKey()).isEqualTo("vcard.duplicate"));
  }
}
