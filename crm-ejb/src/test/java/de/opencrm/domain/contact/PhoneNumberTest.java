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
}
