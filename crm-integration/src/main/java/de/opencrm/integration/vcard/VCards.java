package de.opencrm.integration.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.HasAltId;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** Reads and writes vCards (2.1, 3.0, 4.0) as {@link PersonCard}s. */
public final class VCards {

  private VCards() {}

  /**
   * Every card in the stream, in order. Files that are not UTF-8 are read as Windows-1252, as
   * Outlook writes them; quoted-printable values carry their own charset, which ez-vcard applies.
   */
  public static List<PersonCard> read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    List<PersonCard> cards = new ArrayList<>();
    for (VCard vcard : Ezvcard.parse(decode(bytes)).all()) {
      cards.add(toPerson(vcard));
    }
    return cards;
  }

  /** Writes the cards in the given version (3.0 for Outlook and older programs, 4.0 else). */
  public static void write(List<PersonCard> cards, VCardVersion version, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Ezvcard.write(cards.stream().map(VCards::toVCard).toList())
        .version(version)
        .prodId(false)
        .go(writer);
    writer.flush();
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  static PersonCard toPerson(VCard vcard) {
    StructuredName name = vcard.getStructuredName();
    String first = name == null ? null : blankToNull(name.getGiven());
    String last = name == null ? null : blankToNull(name.getFamily());
    String title = name == null ? null : blankToNull(String.join(" ", name.getPrefixes()));
    List<PersonCard.Channel> emails = preferredFirst(vcard.getEmails(), VCards::email);
    boolean derived = last == null;
    String formatted =
        vcard.getFormattedName() == null ? null : blankToNull(vcard.getFormattedName().getValue());
    if (last == null && formatted != null) {
      // cards with only FN ("Anna Müller"): the last word is taken as the last name
      int space = formatted.lastIndexOf(' ');
      last = blankToNull(space < 0 ? formatted : formatted.substring(space + 1));
      first = first != null ? first : space < 0 ? null : blankToNull(formatted.substring(0, space));
    }
    if (last == null && first == null && !emails.isEmpty()) {
      String[] parts = NameFromAddress.of(emails.get(0).value());
      first = parts[0];
      last = parts[1];
    }
    Organization organization = vcard.getOrganization();
    Title position = vcard.getTitles().isEmpty() ? null : vcard.getTitles().get(0);
    return new PersonCard(
        title,
        first,
        last,
        organization == null || organization.getValues().isEmpty()
            ? null
            : blankToNull(organization.getValues().get(0)),
        position == null ? null : blankToNull(position.getValue()),
        emails,
        preferredFirst(vcard.getTelephoneNumbers(), VCards::phone),
        preferredFirst(vcard.getAddresses(), VCards::address),
        birthday(vcard.getBirthday()),
        vcard.getLanguages().isEmpty() ? null : vcard.getLanguages().get(0).getValue(),
        derived && last != null);
  }

  private static <P extends VCardProperty & HasAltId, T> List<T> preferredFirst(
      Collection<P> properties, Function<P, T> map) {
    return properties.stream()
        .sorted(Comparator.comparingInt(VCards::preference))
        .map(map)
        .filter(Objects::nonNull)
        .toList();
  }

  /** PREF=1 (4.0) or TYPE=pref (2.1, 3.0) first; lower is preferred. */
  private static int preference(VCardProperty property) {
    Integer pref = property.getParameters().getPref();
    if (pref != null) {
      return pref;
    }
    return property.getParameters().getTypes().stream().anyMatch(t -> t.equalsIgnoreCase("pref"))
        ? 1
        : 100;
  }

  private static PersonCard.Channel email(Email email) {
    if (email.getValue() == null || email.getValue().isBlank()) {
      return null;
    }
    Set<String> types = new HashSet<>();
    email.getTypes().forEach(t -> types.add(t.getValue().toLowerCase(Locale.ROOT)));
    return new PersonCard.Channel(email.getValue().strip(), kindOf(types));
  }

  private static PersonCard.Channel phone(Telephone phone) {
    String value =
        phone.getText() != null
            ? phone.getText()
            : phone.getUri() == null ? null : phone.getUri().getNumber();
    if (value == null || value.isBlank()) {
      return null;
    }
    Set<String> types = new HashSet<>();
    phone.getTypes().forEach(t -> types.add(t.getValue().toLowerCase(Locale.ROOT)));
    return new PersonCard.Channel(value.strip(), kindOf(types));
  }

  /** vCard TYPE values, lower case, as the CRM's kinds; "cell" and "fax" beat "work"/"home". */
  private static PersonCard.Kind kindOf(Set<String> types) {
    if (types.contains("cell")) {
      return PersonCard.Kind.MOBILE;
    }
    if (types.contains("fax")) {
      return PersonCard.Kind.FAX;
    }
    if (types.contains("work")) {
      return PersonCard.Kind.WORK;
    }
    return types.contains("home") ? PersonCard.Kind.HOME : PersonCard.Kind.OTHER;
  }

  private static PersonCard.PostalAddress address(Address a) {
    String street = blankToNull(String.join(", ", a.getStreetAddresses()));
    if (street == null && a.getPostalCode() == null && a.getLocality() == null) {
      return null;
    }
    return new PersonCard.PostalAddress(
        street,
        blankToNull(a.getPostalCode()),
        blankToNull(a.getLocality()),
        blankToNull(a.getRegion()),
        Countries.isoCode(a.getCountry()) != null
            ? Countries.isoCode(a.getCountry())
            : blankToNull(a.getCountry()));
  }

  private static LocalDate birthday(Birthday birthday) {
    if (birthday == null) {
      return null;
    }
    TemporalAccessor date = birthday.getDate();
    if (date != null) {
      return LocalDate.from(date);
    }
    PartialDate partial = birthday.getPartialDate();
    if (partial != null
        && partial.getYear() != null
        && partial.getMonth() != null
        && partial.getDate() != null) {
      return LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate());
    }
    return null;
  }

  static VCard toVCard(PersonCard person) {
    VCard vcard = new VCard();
    StructuredName name = new StructuredName();
    name.setFamily(person.lastName());
    name.setGiven(person.firstName());
    if (person.title() != null) {
      name.getPrefixes().add(person.title());
    }
    vcard.setStructuredName(name);
    vcard.setFormattedName(
        String.join(
            " ",
            Stream.of(person.title(), person.firstName(), person.lastName())
                .filter(p -> p != null && !p.isBlank())
                .toList()));
    if (person.organization() != null) {
      vcard.setOrganization(person.organization());
    }
    if (person.position() != null) {
      vcard.addTitle(person.position());
    }
    for (int i = 0; i < person.emails().size(); i++) {
      PersonCard.Channel channel = person.emails().get(i);
      Email email = vcard.addEmail(channel.value());
      if (channel.kind() == PersonCard.Kind.WORK) {
        email.getTypes().add(EmailType.WORK);
      } else if (channel.kind() == PersonCard.Kind.HOME) {
        email.getTypes().add(EmailType.HOME);
      }
      if (i == 0) {
        email.setPref(1);
      }
    }
    for (int i = 0; i < person.phones().size(); i++) {
      PersonCard.Channel channel = person.phones().get(i);
      Telephone phone = new Telephone(channel.value());
      switch (channel.kind()) {
        case WORK -> phone.getTypes().add(TelephoneType.WORK);
        case HOME -> phone.getTypes().add(TelephoneType.HOME);
        case MOBILE -> phone.getTypes().add(TelephoneType.CELL);
        case FAX -> phone.getTypes().add(TelephoneType.FAX);
        case OTHER -> phone.getTypes().add(TelephoneType.VOICE);
      }
      if (i == 0) {
        phone.setPref(1);
      }
      vcard.addTelephoneNumber(phone);
    }
    for (PersonCard.PostalAddress a : person.addresses()) {
      Address address = new Address();
      address.setStreetAddress(a.street());
      address.setPostalCode(a.postalCode());
      address.setLocality(a.city());
      address.setRegion(a.region());
      address.setCountry(a.country());
      address.getTypes().add(AddressType.HOME);
      vcard.addAddress(address);
    }
    if (person.birthday() != null) {
      vcard.setBirthday(new Birthday(person.birthday()));
    }
    if (person.language() != null) {
      vcard.addLanguage(person.language());
    }
    return vcard;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
