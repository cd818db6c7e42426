package de.opencrm.integration.vcard;

import java.time.LocalDate;
import java.util.List;

/**
 * One person as a vCard describes them, reduced to what a CRM contact holds. Lists keep the card's
 * order with the preferred entry first.
 */
public record PersonCard(
    String title,
    String firstName,
    String lastName,
    String organization,
    String position,
    List<Channel> emails,
    List<Channel> phones,
    List<PostalAddress> addresses,
    LocalDate birthday,
    String language) {

  /** An e-mail address or phone number and where it reaches the person. */
  public record Channel(String value, Kind kind) {}

  /** vCard TYPE values the CRM distinguishes. */
  public enum Kind {
    WORK,
    HOME,
    MOBILE,
    FAX,
    OTHER
  }

  /** A postal address; country as the card writes it (a name or an ISO code). */
  public record PostalAddress(
      String street, String postalCode, String city, String region, String country) {}

  public PersonCard {
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    addresses = List.copyOf(addresses);
  }

  /** The card names somebody: a last name, or at least a first name or an organization. */
  public boolean hasName() {
    return lastName != null && !lastName.isBlank();
  }
}
