package de.opencrm.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.account.Address;
import de.opencrm.domain.contact.Salutation;
import org.junit.jupiter.api.Test;

class LetterAddressTest {

  private static final Address MUNICH = new Address("Werkstraße 5", "80331", "München", null, "DE");

  @Test
  void aPersonAtACompanyInGermany() {
    LetterAddress address =
        new LetterAddress("Müller AG", Salutation.MS, "Dr.", "Anna", "Müller", MUNICH);

    assertThat(address.lines())
        .containsExactly("Müller AG", "Frau Dr. Anna Müller", "Werkstraße 5", "80331 München");
    assertThat(address.greeting()).isEqualTo("Sehr geehrte Frau Dr. Müller,");
  }

  @Test
  void aManIsAddressedAsHerrnAndGreetedAsHerr() {
    LetterAddress address =
        new LetterAddress("Müller AG", Salutation.MR, null, "Jan", "Berg", MUNICH);

    assertThat(address.lines()).contains("Herrn Jan Berg");
    assertThat(address.greeting()).isEqualTo("Sehr geehrter Herr Berg,");
  }

  @Test
  void withoutAPersonTheCompanyIsGreetedAndAbroadTheCountryEndsTheAddress() {
    LetterAddress address =
        new LetterAddress(
            "Alpen Holz GmbH",
            null,
            null,
            null,
            null,
            new Address("Bahnhofstraße 1", "6020", "Innsbruck", null, "AT"));

    assertThat(address.lines())
        .containsExactly("Alpen Holz GmbH", "Bahnhofstraße 1", "6020 Innsbruck", "ÖSTERREICH");
    assertThat(address.greeting()).isEqualTo("Sehr geehrte Damen und Herren,");
  }

  @Test
  void someoneWithoutSalutationIsGreetedByName() {
    LetterAddress address =
        new LetterAddress("Müller AG", Salutation.DIVERSE, null, "Kim", "Lenz", MUNICH);

    assertThat(address.lines()).contains("Kim Lenz");
    assertThat(address.greeting()).isEqualTo("Guten Tag Kim Lenz,");
  }
}
