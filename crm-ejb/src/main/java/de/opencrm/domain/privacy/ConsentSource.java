package de.opencrm.domain.privacy;

/** Where the consent was obtained, which says what proof to expect. */
public enum ConsentSource {
  WEB_FORM,
  DOUBLE_OPT_IN,
  PHONE_CALL,
  IN_PERSON,
  PAPER_FORM,
  EMAIL,
  EVENT,
  IMPORT
}
