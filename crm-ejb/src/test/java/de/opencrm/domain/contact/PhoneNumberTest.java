package de.opencrm.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void everyWayAGermanWritesABerlinNumberIsTheSameNumber() {
    for (String typed :
        new String[] {"+49 30 1234567", "030 1234567", "0049 30 1234567", "(030) 123 45 67"}) {
      assertThat(PhoneNumber.parse(typed, "DE"))
          .as(typed)
          .map(PhoneNumber::e164)
          .hasValue("+49301234567");
    }
  }

  @Test
  void numbersAreShownNationallyAtHomeAndInternationallyAbroad() {
    PhoneNumber berlin = PhoneNumber.ofE164("+49301234567");
    assertThat(berlin.display("DE")).isEqualTo("030 1234567");
    assertThat(berlin.display("AT")).isEqualTo("+49 30 1234567");
    assertThat(PhoneNumber.parse("01 5123456", "AT"))
        .map(PhoneNumber::e164)
        .hasValue("+4315123456");
  }

  @Test
  void garbageAndImpossibleNumbersAreRefused() {
    assertThat(PhoneNumber.parse("hallo", "DE")).isEmpty();
    assertThat(PhoneNumber.parse("123", "DE")).isEmpty();
    assertThat(PhoneNumber.parse(" ", "DE")).isEmpty();
  }

  @Test
  void aNumberWrittenTheWayItsCountryWritesItIsPlacedByTheCountriesTriedInOrder() {
    assertThat(PhoneNumber.place("(905) 555-1234", java.util.List.of("CA", "DE")))
        .map(PhoneNumber::e164)
        .hasValue("+19055551234");
    assertThat(PhoneNumber.place("905-555-1234", java.util.List.of("DE"))).isEmpty();
    assertThat(PhoneNumber.place("+49 30 1234567", java.util.List.of("US")))
        .as("a number with its country code is placed wherever it belongs")
        .map(PhoneNumber::e164)
        .hasValue("+49301234567");
  }
}
