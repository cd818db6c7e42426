package de.opencrm.domain.quote;

import de.opencrm.domain.account.Address;
import de.opencrm.domain.contact.Salutation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a letter addresses a company and, when one is named, a person there, after DIN 5008: the
 * company, the person ("Frau Dr. Anna Müller"), street, PLZ and city, and for another country than
 * Germany the country's German name in capitals on the last line; and the salutation that goes with
 * it.
 */
public record LetterAddress(
    String company,
    Salutation salutation,
    String title,
    String firstName,
    String lastName,
    Address address) {

  private static final String HOME = "DE";

  /** The lines for the address window, at most six, none empty. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(company);
    if (lastName != null) {
      lines.add(join(courtesy(), title, firstName, lastName));
    }
    if (address.getStreet() != null) {
      lines.add(address.getStreet());
    }
    String place = join(address.getPostalCode(), address.getCity());
    if (!place.isEmpty()) {
      lines.add(place);
    }
    String country = address.getCountry();
    if (country != null && !HOME.equals(country)) {
      lines.add(
          new Locale("", country).getDisplayCountry(Locale.GERMAN).toUpperCase(Locale.GERMAN));
    }
    return lines.size() > 6 ? lines.subList(0, 6) : lines;
  }

  /** "Sehr geehrte Frau Dr. Müller," or, without a person, "Sehr geehrte Damen und Herren,". */
  public String greeting() {
    if (lastName == null) {
      return "Sehr geehrte Damen und Herren,";
    }
    return switch (salutation == null ? Salutation.NONE : salutation) {
      case MS -> "Sehr geehrte " + join("Frau", title, lastName) + ",";
      case MR -> "Sehr geehrter " + join("Herr", title, lastName) + ",";
      default -> "Guten Tag " + join(firstName, lastName) + ",";
    };
  }

  private String courtesy() {
    if (salutation == Salutation.MS) {
      return "Frau";
    }
    return salutation == Salutation.MR ? "Herrn" : null;
  }

  private static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        joined.append(joined.length() == 0 ? "" : " ").append(part.strip());
      }
    }
    return joined.toString();
  }
}
