package de.opencrm.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.admin.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactTest {

  private final User sales = new User("sales", "$2a$10$hash", Instant.now());

  private static PhoneNumber phone(String typed) {
    return PhoneNumber.parse(typed, "DE").orElseThrow();
  }

  @Test
  void theFirstAddressAndNumberArePrimaryAndAValueGivenTwiceIsKeptOnce() {
    Contact contact = new Contact("Krüger", sales);
    contact.reachAt(
        List.of(
            new ContactEmail(" Joerg@Example.de", ChannelKind.WORK),
            new ContactEmail("jk@privat.example", ChannelKind.HOME),
            new ContactEmail("joerg@example.de", ChannelKind.OTHER)),
        List.of(
            new ContactPhone(phone("0221 9876543"), ChannelKind.WORK),
            new ContactPhone(phone("+49 170 1234567"), ChannelKind.MOBILE),
            new ContactPhone(phone("0049 221 9876543"), ChannelKind.FAX)));
    assertThat(contact.getEmail()).isEqualTo("joerg@example.de");
    assertThat(contact.getPhone()).isEqualTo("+492219876543");
    assertThat(contact.getEmails())
        .extracting(ContactEmail::getAddress)
        .containsExactly("joerg@example.de", "jk@privat.example");
    assertThat(contact.getPhones())
        .extracting(ContactPhone::getKind)
        .containsExactly(ChannelKind.WORK, ChannelKind.MOBILE);
  }

  @Test
  void settingThePrimaryKeepsTheOthersAndRemovingItPromotesTheNext() {
    Contact contact = new Contact("Krüger", sales);
    contact.reachAt(
        List.of(
            new ContactEmail("a@example.de", ChannelKind.WORK),
            new ContactEmail("b@example.de", ChannelKind.HOME)),
        List.of());
    contact.reach("c@example.de", phone("030 1234567"));
    assertThat(contact.getEmails())
        .extracting(ContactEmail::getAddress)
        .containsExactly("c@example.de", "b@example.de");
    contact.reach(null, null);
    assertThat(contact.getEmail()).isEqualTo("b@example.de");
    assertThat(contact.getPhone()).isNull();
  }
}
