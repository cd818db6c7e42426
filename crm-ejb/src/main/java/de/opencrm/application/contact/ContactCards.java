package de.opencrm.application.contact;

import de.opencrm.domain.account.Address;
import de.opencrm.domain.contact.ChannelKind;
import de.opencrm.domain.contact.Contact;
import de.opencrm.integration.vcard.PersonCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Maps between the CRM's contacts and the address books' cards. */
final class ContactCards {

  private ContactCards() {}

  static PersonCard toCard(Contact contact) {
    Address address = contact.getAddress();
    return new PersonCard(
        contact.getTitle(),
        contact.getFirstName(),
        contact.getLastName(),
        contact.getAccount() == null ? null : contact.getAccount().getName(),
        contact.getPosition(),
        contact.getEmails().stream()
            .map(e -> new PersonCard.Channel(e.getAddress(), kind(e.getKind())))
            .toList(),
        contact.getPhones().stream()
            .map(p -> new PersonCard.Channel(p.getE164(), kind(p.getKind())))
            .toList(),
        address.isEmpty()
            ? List.of()
            : List.of(
                new PersonCard.PostalAddress(
                    address.getStreet(),
                    address.getPostalCode(),
                    address.getCity(),
                    address.getState(),
                    address.getCountry())),
        contact.getBirthday(),
        contact.getPreferredLanguage(),
        false);
  }

  /** A new contact's form filled from a card; the company is resolved by the caller. */
  static ContactForm toForm(PersonCard card) {
    ContactForm form = new ContactForm();
    form.setTitle(card.title());
    form.setFirstName(card.firstName());
    form.setLastName(card.lastName());
    form.setPosition(card.position());
    if (card.birthday() != null && card.birthday().isBefore(LocalDate.now())) {
      form.setBirthday(card.birthday());
    }
    if (card.language() != null) {
      String language = card.language().toLowerCase(Locale.ROOT);
      form.setPreferredLanguage(
          language.startsWith("de") ? "de" : language.startsWith("en") ? "en" : null);
    }
    for (int i = 0; i < card.emails().size(); i++) {
      PersonCard.Channel email = card.emails().get(i);
      if (i == 0) {
        form.setEmail(email.value());
        form.setEmailKind(kind(email.kind()));
      } else {
        form.getMoreEmails().add(new ChannelEntry(email.value(), kind(email.kind())));
      }
    }
    for (int i = 0; i < card.phones().size(); i++) {
      PersonCard.Channel phone = card.phones().get(i);
      if (i == 0) {
        form.setPhone(phone.value());
        form.setPhoneKind(kind(phone.kind()));
      } else {
        form.getMorePhones().add(new ChannelEntry(phone.value(), kind(phone.kind())));
      }
    }
    if (!card.addresses().isEmpty()) {
      PersonCard.PostalAddress address = card.addresses().get(0);
      form.setStreet(address.street());
      form.setPostalCode(address.postalCode());
      form.setCity(address.city());
      form.setState(address.region());
      form.setCountry(address.country());
    }
    return form;
  }

  private static PersonCard.Kind kind(ChannelKind kind) {
    return PersonCard.Kind.valueOf(kind.name());
  }

  private static ChannelKind kind(PersonCard.Kind kind) {
    return ChannelKind.valueOf(kind.name());
  }
}
