package de.opencrm.domain.duplicate;

/** Why two records look like the same company or person; each has a message in the bundles. */
public enum MatchReason {
  SAME_VAT_ID,
  SAME_ERP_NUMBER,
  SAME_NAME,
  SIMILAR_NAME,
  SAME_SOUNDING_NAME,
  SAME_ADDRESS,
  SAME_POSTAL_CODE,
  SAME_WEBSITE,
  SAME_EMAIL,
  SAME_PHONE,
  SAME_FIRST_NAME,
  SAME_COMPANY;

  public String messageKey() {
    return "duplicate.reason." + name();
  }
}
