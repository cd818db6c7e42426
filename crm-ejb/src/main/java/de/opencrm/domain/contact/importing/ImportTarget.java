package de.opencrm.domain.contact.importing;

/** What the rows of an import file are: people, or companies. */
public enum ImportTarget {
  PEOPLE,
  COMPANIES
}
