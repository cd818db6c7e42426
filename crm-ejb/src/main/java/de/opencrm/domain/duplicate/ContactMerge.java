package de.opencrm.domain.duplicate;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.domain.contact.Salutation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Merging one contact into another: the survivor takes the chosen fields' values from the
 * duplicate, which is then marked as merged; the replaced values are returned so the merge can be
 * undone. Values travel as text: enum names, ISO dates, E.164 numbers, account ids.
 */
public final class ContactMerge {

  private ContactMerge() {}

  /** Applies the merge and answers the survivor's values it replaced. */
  public static Map<ContactField, String> merge(
      Contact survivor,
      Contact duplicate,
      Set<ContactField> takeFromDuplicate,
      LongFunction<Account> accounts) {
    Map<ContactField, String> before = new EnumMap<>(ContactField.class);
    for (ContactField field : takeFromDuplicate) {
      before.put(field, read(survivor, field));
      write(survivor, field, read(duplicate, field), accounts);
    }
    duplicate.mergeInto(survivor);
    return before;
  }

  /** Puts the replaced values back and returns the duplicate to the lists. */
  public static void undo(
      Contact survivor,
      Contact duplicate,
      Map<ContactField, String> before,
      LongFunction<Account> accounts) {
    before.forEach((field, value) -> write(survivor, field, value, accounts));
    duplicate.unmerge();
  }

  public static String read(Contact c, ContactField field) {
    return switch (field) {
      case SALUTATION -> c.getSalutation().name();
      case TITLE -> c.getTitle();
      case FIRST_NAME -> c.getFirstName();
      case LAST_NAME -> c.getLastName();
      case POSITION -> c.getPosition();
      case EMAIL -> c.getEmail();
      case PHONE -> c.getPhone();
      case BIRTHDAY -> c.getBirthday() == null ? null : c.getBirthday().toString();
      case LANGUAGE -> c.getPreferredLanguage();
      case ACCOUNT -> c.getAccount() == null ? null : String.valueOf(c.getAccount().getId());
    };
  }

  private static void write(
      Contact c, ContactField field, String value, LongFunction<Account> accounts) {
    switch (field) {
      case SALUTATION ->
          c.name(
              value == null ? Salutation.NONE : Salutation.valueOf(value),
              c.getTitle(),
              c.getFirstName(),
              c.getLastName());
      case TITLE -> c.name(c.getSalutation(), value, c.getFirstName(), c.getLastName());
      case FIRST_NAME -> c.name(c.getSalutation(), c.getTitle(), value, c.getLastName());
      case LAST_NAME -> c.name(c.getSalutation(), c.getTitle(), c.getFirstName(), value);
      case POSITION -> c.describe(value, c.getBirthday(), c.getPreferredLanguage(), c.getAccount());
      case BIRTHDAY ->
          c.describe(
              c.getPosition(),
              value == null ? null : LocalDate.parse(value),
              c.getPreferredLanguage(),
              c.getAccount());
      case LANGUAGE -> c.describe(c.getPosition(), c.getBirthday(), value, c.getAccount());
      case ACCOUNT ->
          c.describe(
              c.getPosition(),
              c.getBirthday(),
              c.getPreferredLanguage(),
              value == null ? null : accounts.apply(Long.parseLong(value)));
      case EMAIL -> c.reach(value, phone(c.getPhone()));
      case PHONE -> c.reach(c.getEmail(), phone(value));
    }
  }

  private static PhoneNumber phone(String e164) {
    return e164 == null ? null : PhoneNumber.ofE164(e164);
  }
}
