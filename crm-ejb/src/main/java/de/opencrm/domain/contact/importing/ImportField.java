package de.opencrm.domain.contact.importing;

import de.opencrm.domain.common.SearchText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fields of a person a CSV column can feed, with the headers that usually mean them. */
public enum ImportField {
  SALUTATION("anrede", "salutation"),
  TITLE("titel", "title", "akademischer titel"),
  FIRST_NAME("vorname", "first name", "firstname", "first_name", "given name"),
  LAST_NAME("nachname", "name", "last name", "lastname", "last_name", "surname", "family name"),
  POSITION("position", "funktion", "job title", "jobtitle", "abteilung/position"),
  EMAIL("e-mail", "email", "e-mail-adresse", "mail", "email address", "e-mail address"),
  PHONE("telefon", "phone", "telefon geschaeftlich", "business phone", "tel", "telefonnummer"),
  MOBILE("mobil", "mobile", "handy", "mobiltelefon", "mobile phone"),
  COMPANY("firma", "company", "unternehmen", "organisation", "organization", "account"),
  STREET("strasse", "street", "adresse", "anschrift", "strasse und hausnummer"),
  POSTAL_CODE("plz", "postleitzahl", "postal code", "zip", "zip code"),
  CITY("ort", "stadt", "city", "wohnort"),
  COUNTRY("land", "country", "laendercode"),
  BIRTHDAY("geburtstag", "geburtsdatum", "birthday", "date of birth"),
  TAGS("schlagwoerter", "schlagwort", "tags", "tag", "kategorien", "categories");

  private final List<String> headers;

  ImportField(String... headers) {
    this.headers = List.of(headers);
  }

  /** The field a header names, whatever its case, umlauts or surrounding spaces. */
  public static Optional<ImportField> ofHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String folded = SearchText.fold(header).replace('_', ' ').replace('-', '-');
    return Arrays.stream(values())
        .filter(f -> f.headers.contains(folded) || f.headers.contains(folded.replace(' ', '_')))
        .findFirst();
  }
}
