package de.opencrm.application.contact.importing;

/** How an imported row finds the person it updates: by primary e-mail, or never (always new). */
public enum MatchKey {
  EMAIL,
  NONE
}
