package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.contact.CardImport;
import de.opencrm.application.contact.ContactCardService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.contact.UncheckedKind;
import de.opencrm.domain.contact.UncheckedValue;
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
    assertThat(result.created()).isEqualTo(3);
    assertThat(result.accountsCreated())
        .as("Rheinland Logistik exists, Neue Firma not")
        .isEqualTo(1);
    assertThat(result.problems())
        .extracting(CardImport.Problem::number, CardImport.Problem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, "vcard.noName"),
            org.assertj.core.groups.Tuple.tuple(5, "vcard.duplicate"));
    assertThat(result.warnings())
        .as("a number no country places is kept as written, the person imported")
        .extracting(
            CardImport.Problem::number, CardImport.Problem::messageKey, p -> p.arguments().get(0))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "unchecked.kind.PHONE", "12"));

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
    var bad =
        sales.call(
            () -> contacts.listContacts(new PageRequest(0, 5, null, true, "bad" + tag), null));
    assertThat(bad.rows()).singleElement().satisfies(r -> assertThat(r.phone()).isNull());
    assertThat(sales.call(() -> contacts.loadContact(bad.rows().get(0).id())).getUnchecked())
        .extracting(UncheckedValue::getKind, UncheckedValue::getWritten)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(UncheckedKind.PHONE, "12"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exported = sales.call(() -> cards.exportCards(tag, VCardVersion.V4_0, out));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exported).isEqualTo(4);
    assertThat(text)
        .contains("VERSION:4.0", "Vogel" + tag, "marie." + tag + "@rheinland-logistik.example");
    CardImport again =
        sales.call(() -> cards.importCards(new ByteArrayInputStream(out.toByteArray())));
    assertThat(again.created()).isZero();
    assertThat(again.problems())
        .hasSize(4)
        .allSatisfy(p -> assertThat(p.messageKey()).isEqualTo("vcard.duplicate"));
  }

  /**
   * Cards as address books write them (Outlook's 2.1 with quoted-printable UTF-8, Apple's 3.0,
   * Gmail's e-mail-only card, Evolution's 4.0 with tel: URIs): nobody is lost. A number written the
   * way its own country writes it is placed by the card's address; one no country places, an
   * unknown country, an over-long street are kept as written and the person is findable by them.
   */
  private static String addressBooks(String tag) {
    return String.join(
        "\r\n",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller" + tag + ";J=C3=BCrgen;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller" + tag,
        "TEL;WORK;VOICE:(905) 555-1234",
        "ADR;WORK:;;100 King St W;Toronto;ON;M5X 1A9;Canada",
        "EMAIL;PREF;INTERNET:juergen." + tag + "@example.ca",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//macOS 14.0//EN",
        "N:Okafor" + tag + ";Chidi;;;",
        "FN:Chidi Okafor" + tag,
        "item1.TEL;type=pref:905-555-1234",
        "EMAIL;type=INTERNET;type=WORK;type=pref:chidi." + tag + "@example.com",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:",
        "EMAIL;TYPE=INTERNET:anna.maria.schulte" + tag + "@example.org",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "N:Krause" + tag + ";Petra;;;",
        "FN:Petra Krause" + tag,
        "TEL;TYPE=cell;VALUE=uri:tel:+49-170-1234567",
        "ADR;TYPE=home:;;" + "Lindenweg 3 ".repeat(20) + ";Bielefeld;;33602;Westfalenland",
        "END:VCARD",
        "");
  }

  @Test
  void addressBookExportsKeepEveryPersonWithNumbersPlacedOrKeptAsWritten() throws Exception {
    As sales = As.user("sales", "demo");
    String tag = TestData.letterTag();
    CardImport result =
        sales.call(
            () ->
                cards.importCards(
                    new ByteArrayInputStream(addressBooks(tag).getBytes(StandardCharsets.UTF_8))));
    assertThat(result.problems()).isEmpty();
    assertThat(result.created()).isEqualTo(4);
    assertThat(result.warnings())
        .extracting(CardImport.Problem::number, CardImport.Problem::messageKey)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(2, "unchecked.kind.PHONE"),
            org.assertj.core.groups.Tuple.tuple(3, "unchecked.kind.NAME_DERIVED"),
            org.assertj.core.groups.Tuple.tuple(4, "unchecked.kind.COUNTRY"),
            org.assertj.core.groups.Tuple.tuple(4, "unchecked.kind.TOO_LONG"));

    ContactForm juergen = only(sales, "müller" + tag);
    assertThat(juergen.getFirstName()).isEqualTo("Jürgen");
    assertThat(juergen.getPhone())
        .as("placed in Canada by the address")
        .isEqualTo("+1 905-555-1234");
    assertThat(juergen.getCountry()).isEqualTo("CA");
    assertThat(juergen.getUnchecked()).isEmpty();

    ContactForm chidi = only(sales, "okafor" + tag);
    assertThat(chidi.getPhone()).isNull();
    assertThat(chidi.getUnchecked())
        .extracting(UncheckedValue::getKind, UncheckedValue::getWritten)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(UncheckedKind.PHONE, "905-555-1234"));

    ContactForm anna = only(sales, "schulte" + tag);
    assertThat(anna.getFirstName()).isEqualTo("Anna Maria");
    assertThat(anna.getLastName()).isEqualTo("Schulte" + tag);
    assertThat(anna.getEmail()).isEqualTo("anna.maria.schulte" + tag + "@example.org");

    ContactForm petra = only(sales, "krause" + tag);
    assertThat(petra.getPhone()).isEqualTo("0170 1234567");
    assertThat(petra.getCity()).isEqualTo("Bielefeld");
    assertThat(petra.getStreet()).isNull();
    assertThat(petra.getUnchecked())
        .extracting(UncheckedValue::getKind)
        .containsExactlyInAnyOrder(UncheckedKind.COUNTRY, UncheckedKind.TOO_LONG);

    PageRequest unchecked =
        new PageRequest(0, 10, null, true, tag).withCriterion(ContactRepository.UNCHECKED, "true");
    assertThat(sales.call(() -> contacts.listContacts(unchecked, null)).rows())
        .as("the people to tidy are found by a filter")
        .extracting(r -> r.lastName())
        .containsExactlyInAnyOrder("Okafor" + tag, "Schulte" + tag, "Krause" + tag);
    sales.run(() -> contacts.markChecked(chidi.getId(), chidi.getVersion()));
    assertThat(sales.call(() -> contacts.listContacts(unchecked, null)).rows())
        .extracting(r -> r.lastName())
        .containsExactlyInAnyOrder("Schulte" + tag, "Krause" + tag);
  }

  private ContactForm only(As user, String filter) throws Exception {
    var rows =
        user.call(() -> contacts.listContacts(new PageRequest(0, 5, null, true, filter), null));
    assertThat(rows.rows()).as(filter).hasSize(1);
    return user.call(() -> contacts.loadContact(rows.rows().get(0).id()));
  }
}
