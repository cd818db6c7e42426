package de.opencrm.domain.privacy;

/** Why the processing is lawful, with the provision that says so. */
public enum LegalBasis {
  /** Art. 6 Abs. 1 lit. a DSGVO; for advertising by e-mail or phone also § 7 Abs. 2 UWG. */
  CONSENT("Art. 6 Abs. 1 lit. a DSGVO"),
  CONTRACT("Art. 6 Abs. 1 lit. b DSGVO"),
  LEGAL_OBLIGATION("Art. 6 Abs. 1 lit. c DSGVO"),
  LEGITIMATE_INTEREST("Art. 6 Abs. 1 lit. f DSGVO"),
  /** E-mail advertising for similar goods to an existing customer who was told they may object. */
  EXISTING_CUSTOMER("§ 7 Abs. 3 UWG, Art. 6 Abs. 1 lit. f DSGVO");

  private final String provision;

  LegalBasis(String provision) {
    this.provision = provision;
  }

  public String provision() {
    return provision;
  }
}
