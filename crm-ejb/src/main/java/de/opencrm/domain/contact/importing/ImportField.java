package de.opencrm.domain.contact.importing;

import static de.opencrm.domain.contact.importing.ImportTarget.COMPANIES;
import static de.opencrm.domain.contact.importing.ImportTarget.PEOPLE;

import de.opencrm.domain.common.SearchText;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a CSV column can feed, which rows (people, companies or both) have them, and the
 * headers that usually mean them. Where two fields claim a header ("Name"), the first one the
 * target has wins: a person's last name, a company's name.
 */
public enum ImportField {
  SALUTATION(EnumSet.of(PEOPLE), "anrede", "salutation"),
  TITLE(EnumSet.of(PEOPLE), "titel", "title", "akademischer titel"),
  FIRST_NAME(EnumSet.of(PEOPLE), "vorname", "first name", "firstname", "given name"),
  LAST_NAME(
      EnumSet.of(PEOPLE), "nachname", "name", "last name", "lastname", "surname", "family name"),
  POSITION(
      EnumSet.of(PEOPLE), "position", "funktion", "job title", "jobtitle", "abteilung/position"),
  EMAIL(EnumSet.of(PEOPLE), "e-mail", "email", "e-mail-adresse", "mail", "email address"),
  PHONE(EnumSet.of(PEOPLE), "telefon", "phone", "telefon geschaeftlich", "business phone", "tel"),
  MOBILE(EnumSet.of(PEOPLE), "mobil", "mobile", "handy", "mobiltelefon", "mobile phone"),
  COMPANY(
      EnumSet.of(PEOPLE, COMPANIES),
      "firma",
      "company",
      "unternehmen",
      "organisation",
      "organization",
      "account",
      "firmenname",
      "company name",
      "name"),
  LEGAL_FORM(EnumSet.of(COMPANIES), "rechtsform", "legal form"),
  VAT_ID(
      EnumSet.of(COMPANIES),
      "ust-idnr",
      "ust-idnr.",
      "ust-id",
      "ustidnr",
      "ust-id-nr",
      "umsatzsteuer-id",
      "umsatzsteuer-identifikationsnummer",
      "vat id",
      "vat number",
      "vat"),
  ERP_NUMBER(
      EnumSet.of(COMPANIES),
      "debitorennummer",
      "debitor",
      "debitoren-nr",
      "kundennummer",
      "kunden-nr",
      "erp-nummer",
      "erp number",
      "customer number"),
  INDUSTRY(EnumSet.of(COMPANIES), "branche", "industry"),
  WEBSITE(EnumSet.of(COMPANIES), "website", "webseite", "homepage", "internet", "web page", "url"),
  STREET(
      EnumSet.of(PEOPLE, COMPANIES),
      "strasse",
      "street",
      "adresse",
      "anschrift",
      "strasse und hausnummer"),
  POSTAL_CODE(
      EnumSet.of(PEOPLE, COMPANIES), "plz", "postleitzahl", "postal code", "zip", "zip code"),
  CITY(EnumSet.of(PEOPLE, COMPANIES), "ort", "stadt", "city", "wohnort"),
  COUNTRY(EnumSet.of(PEOPLE, COMPANIES), "land", "country", "laendercode"),
  BIRTHDAY(EnumSet.of(PEOPLE), "geburtstag", "geburtsdatum", "birthday", "date of birth"),
  TAGS(
      EnumSet.of(PEOPLE, COMPANIES),
      "schlagwoerter",
      "schlagwort",
      "tags",
      "tag",
      "kategorien",
      "categories");

  private final Set<ImportTarget> targets;
  private final List<String> headers;

  ImportField(Set<ImportTarget> targets, String... headers) {
    this.targets = Set.copyOf(targets);
    this.headers = List.of(headers);
  }

  /** Whether rows of this kind have the field. */
  public boolean feeds(ImportTarget target) {
    return targets.contains(target);
  }

  /** The fields rows of this kind have, in the order the wizard offers them. */
  public static List<ImportField> of(ImportTarget target) {
    return Arrays.stream(values()).filter(f -> f.feeds(target)).toList();
  }

  /** The field of the target a header names, whatever its case, umlauts or surrounding spaces. */
  public static Optional<ImportField> ofHeader(String header, ImportTarget target) {
    if (header == null) {
      return Optional.empty();
    }
    String folded = SearchText.fold(header).replace('_', ' ');
    return of(target).stream()
        .filter(f -> f.headers.contains(folded) || f.headers.contains(folded.replace(' ', '-')))
        .findFirst();
  }
}
