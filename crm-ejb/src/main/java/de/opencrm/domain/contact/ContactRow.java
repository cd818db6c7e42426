package de.opencrm.domain.contact;

import de.opencrm.domain.customfield.CustomValue;
import java.util.List;
import java.util.Map;

/** A contact as the contact list shows it; the phone is E.164 and formatted by the view. */
public record ContactRow(
    Long id,
    String title,
    String firstName,
    String lastName,
    String email,
    String phone,
    String accountName,
    List<String> tags,
    Map<Long, CustomValue> custom) {

  public static final Map<Long, CustomValue> NONE = Map.of();

  /** "Dr. Anna Müller", the way a list names a person. */
  public String fullName() {
    StringBuilder name = new StringBuilder();
    if (title != null) {
      name.append(title).append(' ');
    }
    if (firstName != null) {
      name.append(firstName).append(' ');
    }
    return name.append(lastName).toString();
  }
}
