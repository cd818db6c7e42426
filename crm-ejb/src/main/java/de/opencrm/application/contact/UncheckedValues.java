package de.opencrm.application.contact;

import de.opencrm.domain.account.PostalCodes;
import de.opencrm.domain.contact.EmailShape;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.domain.contact.UncheckedKind;
import de.opencrm.domain.contact.UncheckedValue;
import de.opencrm.integration.vcard.NameFromAddress;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What an import (a vCard, a CSV row) brings for a person and the CRM cannot check is set aside
 * from the form, so the person is imported with everything else: a phone number no country places,
 * an e-mail address that is none, an unknown country, a PLZ that does not fit its country, a text
 * longer than its field. The values set aside are kept as written on the person, for somebody to
 * tidy. A person named only by an e-mail address takes their name from it (flagged the same way);
 * only what identifies nobody (no name, no e-mail address) stays for the caller to refuse.
 */
public final class UncheckedValues {

  private static final int LAST_NAME_MAX = 100;

  /** The form fields whose invalid value is set aside, and how each is emptied. */
  private static final Map<String, BiConsumer<ContactForm, String>> FIELDS =
      Map.of(
          "title", ContactForm::setTitle,
          "firstName", ContactForm::setFirstName,
          "position", ContactForm::setPosition,
          "email", ContactForm::setEmail,
          "phone", ContactForm::setPhone,
          "street", ContactForm::setStreet,
          "postalCode", ContactForm::setPostalCode,
          "city", ContactForm::setCity,
          "state", ContactForm::setState,
          "country", ContactForm::setCountry);

  private UncheckedValues() {}

  /**
   * Sets aside from the form what cannot be checked, and answers it. Phone numbers without their
   * country code are placed in the country of the person's address first, then in Germany; the ones
   * placed are written in E.164, so they mean the same wherever they are read again.
   */
  public static List<UncheckedValue> setAside(ContactForm form, Validator validator) {
    List<UncheckedValue> aside = new ArrayList<>();
    nameFromAddress(form, aside);
    setAsideCountry(form, aside);
    List<String> countries = countriesFor(form.getCountry());
    if (form.getPhone() != null && !form.getPhone().isBlank()) {
      Optional<PhoneNumber> placed = PhoneNumber.place(form.getPhone(), countries);
      if (placed.isEmpty()) {
        aside.add(new UncheckedValue(UncheckedKind.PHONE, "phone", form.getPhone().strip()));
      }
      form.setPhone(placed.map(PhoneNumber::e164).orElse(null));
    }
    for (Iterator<ChannelEntry> more = form.getMorePhones().iterator(); more.hasNext(); ) {
      ChannelEntry phone = more.next();
      if (phone.isBlank()) {
        continue;
      }
      Optional<PhoneNumber> placed = PhoneNumber.place(phone.getValue(), countries);
      if (placed.isPresent()) {
        phone.setValue(placed.get().e164());
      } else {
        aside.add(new UncheckedValue(UncheckedKind.PHONE, "phone", phone.getValue().strip()));
        more.remove();
      }
    }
    for (Iterator<ChannelEntry> more = form.getMoreEmails().iterator(); more.hasNext(); ) {
      ChannelEntry email = more.next();
      if (!email.isBlank() && !EmailShape.fits(email.getValue())) {
        aside.add(new UncheckedValue(UncheckedKind.EMAIL, "email", email.getValue().strip()));
        more.remove();
      }
    }
    if (form.getPostalCode() != null
        && !form.getPostalCode().isBlank()
        && !PostalCodes.fits(form.getCountry(), form.getPostalCode())) {
      aside.add(
          new UncheckedValue(
              UncheckedKind.POSTAL_CODE, "postalCode", form.getPostalCode().strip()));
      form.setPostalCode(null);
    }
    setAsideInvalid(form, validator, aside);
    return aside;
  }

  /** A row naming nobody but with an e-mail address takes its name from the address. */
  private static void nameFromAddress(ContactForm form, List<UncheckedValue> aside) {
    String email = form.getEmail();
    if ((form.getLastName() == null || form.getLastName().isBlank()) && EmailShape.fits(email)) {
      String[] name = NameFromAddress.of(email.strip());
      if (form.getFirstName() == null || form.getFirstName().isBlank()) {
        form.setFirstName(name[0]);
      }
      form.setLastName(name[1]);
      aside.add(new UncheckedValue(UncheckedKind.NAME_DERIVED, "lastName", email.strip()));
    }
  }

  /** A country the file names that is no ISO code ("Westfalen", "XY"). */
  private static void setAsideCountry(ContactForm form, List<UncheckedValue> aside) {
    String country = form.getCountry();
    if (country == null || country.isBlank()) {
      return;
    }
    String code = country.strip().toUpperCase(Locale.ROOT);
    if (Set.of(Locale.getISOCountries()).contains(code)) {
      form.setCountry(code);
    } else {
      aside.add(new UncheckedValue(UncheckedKind.COUNTRY, "country", country.strip()));
      form.setCountry(null);
    }
  }

  /** Bean Validation's complaints about the other fields: too long, or no e-mail address. */
  private static void setAsideInvalid(
      ContactForm form, Validator validator, List<UncheckedValue> aside) {
    for (ConstraintViolation<ContactForm> violation : validator.validate(form)) {
      String field = violation.getPropertyPath().toString();
      Object value = violation.getInvalidValue();
      if (!(value instanceof String written) || written.isBlank()) {
        continue;
      }
      String constraint =
          violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      UncheckedKind kind =
          "Email".equals(constraint) ? UncheckedKind.EMAIL : UncheckedKind.TOO_LONG;
      if ("lastName".equals(field) && written.strip().length() > LAST_NAME_MAX) {
        // the name identifies the person: it keeps what fits, the rest is kept as written
        aside.add(new UncheckedValue(kind, field, written.strip()));
        form.setLastName(written.strip().substring(0, LAST_NAME_MAX).strip());
      } else if (FIELDS.containsKey(field)) {
        aside.add(new UncheckedValue(kind, field, written.strip()));
        FIELDS.get(field).accept(form, null);
      }
    }
  }

  /** Where a number without its country code is looked for: the address's country, then DE. */
  private static List<String> countriesFor(String country) {
    Set<String> countries = new LinkedHashSet<>();
    if (country != null && !country.isBlank()) {
      countries.add(country.strip().toUpperCase(Locale.ROOT));
    }
    countries.add("DE");
    return List.copyOf(countries);
  }
}
