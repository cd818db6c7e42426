package de.opencrm.domain.contact;

import java.util.List;

/** A contact as the contact list shows it; the phone is E.164 and formatted by the view. */
public record ContactRow(
    Long id,
    String title,
    String firstName,
    String lastName,
    String email,
    String phone,
    String accountName,
    List<String> tags) {

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
