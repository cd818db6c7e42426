package de.opencrm.domain.customfield;

/** What a custom field holds, and so how it is entered, checked, filtered and exported. */
public enum CustomFieldType {
  TEXT,
  NUMBER,
  DATE,
  YES_NO,
  CHOICE
}
