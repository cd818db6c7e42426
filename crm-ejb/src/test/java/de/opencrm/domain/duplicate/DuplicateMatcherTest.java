package de.opencrm.domain.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.contact.PhoneNumber;
import org.junit.jupiter.api.Test;

class DuplicateMatcherTest {

  private final DuplicateMatcher matcher = new DuplicateMatcher();

  private static CompanyFacts company(String name, String street, String postalCode) {
    return new CompanyFacts(null, name, null, null, street, postalCode, null, null);
  }

  private static PersonFacts person(String first, String last) {
    return new PersonFacts(null, first, last, null, null, null);
  }

  @Test
  void legalFormsAreIgnoredAndStreetSpellingsMadeAlike() {
    assertThat(Normalize.companyName("Schmidt GmbH & Co. KG")).isEqualTo("schmidt");
    assertThat(Normalize.companyName("Schmidt KG")).isEqualTo("schmidt");
    assertThat(Normalize.companyName("Schmidt UG (haftungsbeschränkt)")).isEqualTo("schmidt");
    assertThat(Normalize.companyName("Bäckerei Würfel e.K.")).isEqualTo("baeckerei wuerfel");
    assertThat(Normalize.street("Hohe Str. 5")).isEqualTo(Normalize.street("Hohe Straße 5"));
    assertThat(Normalize.street("Hohestr. 5")).isEqualTo(Normalize.street("Hohe Strasse 5"));
    assertThat(Normalize.webDomain("https://www.Mueller.de/kontakt")).isEqualTo("mueller.de");

    MatchResult result =
        matcher.compareCompanies(
            company("Schmidt GmbH & Co. KG", "Hohe Str. 5", "50667"),
            company("Schmidt KG", "Hohe Straße 5", "50667"));
    assertThat(result.isLikely()).isTrue();
    assertThat(result.reasons()).containsExactly(MatchReason.SAME_NAME, MatchReason.SAME_ADDRESS);
    assertThat(result.score()).isEqualTo(95);
  }

  @Test
  void companiesMatchOnIdentifiersAndOnSpellingButNotOnAnotherName() {
    CompanyFacts withVat =
        new CompanyFacts(null, "Müller Maschinenbau", "DE143454214", null, null, null, null, null);
    CompanyFacts renamed =
        new CompanyFacts(null, "MM Anlagen", "de143454214", null, null, null, null, null);
    assertThat(matcher.compareCompanies(withVat, renamed).reasons())
        .containsExactly(MatchReason.SAME_VAT_ID);
    assertThat(matcher.compareCompanies(withVat, renamed).score()).isEqualTo(100);

    assertThat(
            matcher.compareCompanies(
                company("Müller Maschinenbau GmbH", null, null),
                company("Mueller Maschinenbau", null, null)))
        .extracting(MatchResult::score)
        .isEqualTo(70);
    assertThat(
            matcher
                .compareCompanies(
                    company("Müller Maschinenbau", null, null),
                    company("Müler Maschinenbau", null, null))
                .reasons())
        .containsExactly(MatchReason.SIMILAR_NAME);
    MatchResult different =
        matcher.compareCompanies(
            company("Rheinland Logistik", null, "50667"), company("Nordsee Fisch", null, "20095"));
    assertThat(different.score()).isZero();
    assertThat(different.isPossible()).isFalse();
  }

  @Test
  void germanSurnamesAreComparedBySoundAndSpelling() {
    for (String[] pair :
        new String[][] {
          {"Müller", "Mueller"},
          {"Müller", "Muller"},
          {"Meier", "Meyer"},
          {"Meier", "Maier"},
          {"Schmidt", "Schmitt"}
        }) {
      MatchResult result = matcher.comparePeople(person("Anna", pair[0]), person("Anna", pair[1]));
      assertThat(result.isLikely()).as(pair[0] + " / " + pair[1]).isTrue();
    }
    assertThat(matcher.comparePeople(person("Anna", "Müller"), person("Anna", "Schulz")).isLikely())
        .isFalse();
    assertThat(matcher.comparePeople(person("A.", "Müller"), person("Anna", "Müller")).reasons())
        .contains(MatchReason.SAME_FIRST_NAME);
  }

  @Test
  void phoneNumbersInAnyGermanNotationAreTheSameNumber() {
    String[] notations = {"+49 30 1234567", "030 1234567", "0049 30 1234567", "(030) 123 45 67"};
    PersonFacts first = new PersonFacts(null, "Jörg", "Krüger", null, e164(notations[0]), null);
    for (String notation : notations) {
      PersonFacts other = new PersonFacts(null, "Jörg", "Krueger", null, e164(notation), null);
      MatchResult result = matcher.comparePeople(first, other);
      assertThat(result.reasons()).as(notation).contains(MatchReason.SAME_PHONE);
      assertThat(result.score()).isEqualTo(100);
    }
    PersonFacts sameMail = new PersonFacts(null, null, "K.", "j.krueger@example.de", null, null);
    PersonFacts sameMailOther =
        new PersonFacts(null, "Jörg", "Krüger", "J.Krueger@Example.de ", null, 4L);
    assertThat(matcher.comparePeople(sameMail, sameMailOther).reasons())
        .containsExactly(MatchReason.SAME_EMAIL);
  }

  private static String e164(String typed) {
    return PhoneNumber.parse(typed, "DE").orElseThrow().e164();
  }
}
