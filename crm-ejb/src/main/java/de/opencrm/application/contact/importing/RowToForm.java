package de.opencrm.application.contact.importing;

import de.opencrm.application.contact.ChannelEntry;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.domain.contact.ChannelKind;
import de.opencrm.domain.contact.importing.CellValues;
import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.domain.contact.importing.ImportField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a CSV row's cells into a person's form: a new one, or the stored one an update starts
 * from. Empty cells change nothing; tags and a mobile number are added to what is there.
 */
final class RowToForm {

  private RowToForm() {}

  static void apply(ColumnMapping mapping, List<String> row, ContactForm form) {
    set(mapping, row, ImportField.SALUTATION, v -> form.setSalutation(CellValues.salutation(v)));
    set(mapping, row, ImportField.TITLE, form::setTitle);
    set(mapping, row, ImportField.FIRST_NAME, form::setFirstName);
    set(mapping, row, ImportField.LAST_NAME, form::setLastName);
    set(mapping, row, ImportField.POSITION, form::setPosition);
    set(mapping, row, ImportField.EMAIL, form::setEmail);
    set(mapping, row, ImportField.PHONE, form::setPhone);
    set(mapping, row, ImportField.MOBILE, v -> addMobile(form, v));
    set(mapping, row, ImportField.STREET, form::setStreet);
    set(mapping, row, ImportField.POSTAL_CODE, form::setPostalCode);
    set(mapping, row, ImportField.CITY, form::setCity);
    set(mapping, row, ImportField.COUNTRY, form::setCountry);
    set(mapping, row, ImportField.BIRTHDAY, v -> form.setBirthday(CellValues.date(v)));
    set(
        mapping,
        row,
        ImportField.TAGS,
        v -> {
          List<String> tags = new ArrayList<>(form.getTags());
          tags.addAll(CellValues.tags(v));
          form.setTags(tags);
        });
  }

  private static void addMobile(ContactForm form, String number) {
    if (form.getPhone() == null || form.getPhone().isBlank()) {
      form.setPhone(number);
      form.setPhoneKind(ChannelKind.MOBILE);
    } else if (form.getMorePhones().stream().noneMatch(p -> number.equals(p.getValue()))) {
      form.getMorePhones().add(new ChannelEntry(number, ChannelKind.MOBILE));
    }
  }

  /** Feeds a non-empty cell, stripped, to the setter. */
  static void set(
      ColumnMapping mapping, List<String> row, ImportField field, Consumer<String> setter) {
    String value = mapping.valueOf(row, field);
    if (value != null && !value.isBlank()) {
      setter.accept(value.strip());
    }
  }
}
