package de.opencrm.domain.account;

/**
 * Legal forms of companies in Germany, Austria and Switzerland, as they are written after the
 * company name.
 */
public enum LegalForm {
  GMBH("GmbH"),
  AG("AG"),
  KG("KG"),
  OHG("OHG"),
  GMBH_CO_KG("GmbH & Co. KG"),
  UG("UG (haftungsbeschränkt)"),
  EK("e.K."),
  GBR("GbR"),
  EG("eG"),
  EV("e.V."),
  SE("SE"),
  KGAA("KGaA"),
  PARTG("PartG"),
  SOLE_PROPRIETOR("Einzelunternehmen"),
  PUBLIC_BODY("Körperschaft des öffentlichen Rechts"),
  OTHER("Sonstige");

  private final String written;

  LegalForm(String written) {
    this.written = written;
  }

  /** How the form is written in a company name ("GmbH & Co. KG"). */
  public String written() {
    return written;
  }
}
