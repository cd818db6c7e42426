package de.opencrm.domain.privacy;

/** How the person may be contacted for a purpose. */
public enum ConsentChannel {
  EMAIL,
  PHONE,
  LETTER,
  SMS
}
