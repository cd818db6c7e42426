package de.opencrm.domain.duplicate;

/** The fields of a contact whose value a merge lets the user choose. */
public enum ContactField {
  SALUTATION,
  TITLE,
  FIRST_NAME,
  LAST_NAME,
  POSITION,
  EMAIL,
  PHONE,
  BIRTHDAY,
  LANGUAGE,
  ACCOUNT
}
