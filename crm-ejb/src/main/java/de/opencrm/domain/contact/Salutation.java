package de.opencrm.domain.contact;

/** How a person is addressed in letters and e-mails (Anrede). */
public enum Salutation {
  MR,
  MS,
  DIVERSE,
  NONE
}
