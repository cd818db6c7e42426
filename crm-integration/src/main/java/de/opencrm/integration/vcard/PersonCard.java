package de.opencrm.integration.vcard;

import java.time.LocalDate;
import java.util.List;

/**
 * One person as a vCard describes them, reduced to what a CRM contact holds. Lists keep the card's
 * order with the preferred entry first. {@code nameDerived}: the card has no structured name (N),
 * so the name was taken from its formatted name (FN) or its e-mail address and wants a look.
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
    String language,
    boolean nameDerived) {

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

  /** A postal address; the country's ISO code, or the country as written where none is known. */
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
