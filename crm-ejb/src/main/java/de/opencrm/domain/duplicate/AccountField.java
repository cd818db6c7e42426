package de.opencrm.domain.duplicate;

/** The fields of a company whose surviving value the user picks when merging two companies. */
public enum AccountField {
  NAME,
  LEGAL_FORM,
  VAT_ID,
  INDUSTRY,
  SIZE,
  WEBSITE,
  ERP_NUMBER,
  BILLING_ADDRESS,
  SHIPPING_ADDRESS,
  PARENT,
  /** the service level (tier) the company has bought */
  SERVICE_LEVEL
}
