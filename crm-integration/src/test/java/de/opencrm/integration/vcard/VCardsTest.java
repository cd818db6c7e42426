package de.opencrm.integration.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.integration.vcard.PersonCard.Channel;
import de.opencrm.integration.vcard.PersonCard.Kind;
import de.opencrm.integration.vcard.PersonCard.PostalAddress;
import ezvcard.VCardVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cards as the common address books export them keep names, companies, channels and addresses. */
class VCardsTest {

  private static List<PersonCard> read(String file) throws IOException {
    try (InputStream in = VCardsTest.class.getResourceAsStream("/vcard/" + file)) {
      return VCards.read(in);
    }
  }

  @Test
  void outlooksWindows1252AndQuotedPrintableCard() throws IOException {
    PersonCard card = read("outlook.vcf").get(0);
    assertThat(card.title()).isEqualTo("Dr.");
    assertThat(card.firstName()).isEqualTo("Jürgen");
    assertThat(card.lastName()).isEqualTo("Müller");
    assertThat(card.organization()).isEqualTo("Müller Maschinenbau GmbH & Co. KG");
    assertThat(card.position()).isEqualTo("Einkaufsleiter");
    assertThat(card.emails())
        .containsExactly(new Channel("juergen.mueller@mueller-maschinenbau.example", Kind.OTHER));
    assertThat(card.phones())
        .containsExactly(
            new Channel("+49 (711) 123456-0", Kind.WORK), new Channel("0170 1234567", Kind.MOBILE));
    assertThat(card.addresses())
        .containsExactly(
            new PostalAddress("Königstraße 20", "70173", "Stuttgart", "Baden-Württemberg", "DE"));
  }

  @Test
  void appleContactsCardWithPreferredEntriesAndGroupedAddress() throws IOException {
    PersonCard card = read("apple.vcf").get(0);
    assertThat(card.lastName()).isEqualTo("Weber");
    assertThat(card.organization()).isEqualTo("Rheinland Logistik GmbH");
    assertThat(card.emails())
        .extracting(Channel::value)
        .containsExactly("anna.weber@rheinland-logistik.example", "anna.weber@privat.example");
    assertThat(card.emails().get(1).kind()).isEqualTo(Kind.HOME);
    assertThat(card.phones())
        .containsExactly(
            new Channel("+49 171 2345678", Kind.MOBILE), new Channel("0221 98765-12", Kind.WORK));
    assertThat(card.addresses())
        .containsExactly(new PostalAddress("Hohe Straße 52", "50667", "Köln", null, "DE"));
    assertThat(card.birthday()).isEqualTo(LocalDate.of(1985, 3, 14));
  }

  @Test
  void googleContactsFileWithTwoCards() throws IOException {
    List<PersonCard> cards = read("google.vcf");
    assertThat(cards).hasSize(2);
    assertThat(cards.get(0).lastName()).isEqualTo("Schäfer");
    assertThat(cards.get(0).addresses().get(0).city()).isEqualTo("München");
    assertThat(cards.get(0).birthday()).isEqualTo(LocalDate.of(1979, 11, 2));
    assertThat(cards.get(1).phones()).containsExactly(new Channel("089 1234567", Kind.WORK));
    assertThat(cards.get(1).organization()).isNull();
  }

  @Test
  void thunderbirdsVersionFourCard() throws IOException {
    PersonCard card = read("thunderbird.vcf").get(0);
    assertThat(card.firstName()).isEqualTo("Lena");
    assertThat(card.emails().get(0).value()).isEqualTo("lena.koch@weber-software.example");
    assertThat(card.phones()).extracting(Channel::kind).containsExactly(Kind.WORK, Kind.MOBILE);
    assertThat(card.addresses().get(0))
        .isEqualTo(new PostalAddress("Invalidenstraße 117", "10115", "Berlin", "Berlin", "DE"));
  }

  @Test
  void writtenCardsReadBackTheSameInBothVersions() throws IOException {
    PersonCard card =
        new PersonCard(
            "Prof.",
            "Anna",
            "Müller",
            "Kölner Kontor",
            "Leitung",
            List.of(new Channel("anna@kontor.example", Kind.WORK)),
            List.of(
                new Channel("+49 221 1234567", Kind.WORK), new Channel("+49 170 1", Kind.MOBILE)),
            List.of(new PostalAddress("Hohe Straße 1", "50667", "Köln", "NRW", "DE")),
            LocalDate.of(1980, 5, 17),
            "de",
            false);
    for (VCardVersion version : List.of(VCardVersion.V3_0, VCardVersion.V4_0)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      VCards.write(List.of(card, card), version, out);
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text).contains("VERSION:" + version.getVersion());
      List<PersonCard> back = VCards.read(new ByteArrayInputStream(out.toByteArray()));
      assertThat(back).hasSize(2);
      // LANG exists from vCard 4.0 on; a 3.0 card has no place for the preferred language
      PersonCard expected =
          version == VCardVersion.V4_0
              ? card
              : new PersonCard(
                  card.title(),
                  card.firstName(),
                  card.lastName(),
                  card.organization(),
                  card.position(),
                  card.emails(),
                  card.phones(),
                  card.addresses(),
                  card.birthday(),
                  null,
                  false);
      assertThat(back.get(0)).as(version.toString()).isEqualTo(expected);
    }
  }

  private static PersonCard parse(String... lines) throws IOException {
    String text = String.join("\r\n", lines) + "\r\n";
    return VCards.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).get(0);
  }

  @Test
  void aCardWithOnlyAnEmailAddressTakesItsNameFromTheAddressAndSaysSo() throws IOException {
    PersonCard card =
        parse(
            "BEGIN:VCARD",
            "VERSION:3.0",
            "FN:",
            "EMAIL;TYPE=INTERNET:anna-maria.schulte2@example.org",
            "END:VCARD");
    assertThat(card.firstName()).isEqualTo("Anna Maria");
    assertThat(card.lastName()).isEqualTo("Schulte");
    assertThat(card.nameDerived()).isTrue();
    assertThat(card.hasName()).isTrue();
  }

  @Test
  void aCardWithOnlyAFormattedNameTakesItAndSaysSo() throws IOException {
    PersonCard card = parse("BEGIN:VCARD", "VERSION:3.0", "FN:Chidi Okafor", "END:VCARD");
    assertThat(card.firstName()).isEqualTo("Chidi");
    assertThat(card.lastName()).isEqualTo("Okafor");
    assertThat(card.nameDerived()).isTrue();
  }

  @Test
  void aCardNamingNobodyHasNoName() throws IOException {
    PersonCard card = parse("BEGIN:VCARD", "VERSION:3.0", "ORG:Nur eine Firma", "END:VCARD");
    assertThat(card.hasName()).isFalse();
  }

  @Test
  void aCountryNobodyKnowsIsKeptAsWritten() throws IOException {
    PersonCard card =
        parse(
            "BEGIN:VCARD",
            "VERSION:4.0",
            "N:Krause;Petra;;;",
            "ADR;TYPE=home:;;Lindenweg 3;Bielefeld;;33602;Westfalenland",
            "END:VCARD");
    assertThat(card.addresses().get(0).country()).isEqualTo("Westfalenland");
    assertThat(card.nameDerived()).isFalse();
  }
}
