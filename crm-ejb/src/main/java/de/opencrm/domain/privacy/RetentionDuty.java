package de.opencrm.domain.privacy;

import java.time.LocalDate;

/**
 * Why a record about a person must be kept although the person asked for erasure (Art. 17 Abs. 3
 * lit. b and e DSGVO), and for how long. A period runs from the end of the calendar year in which
 * the record arose (§ 257 Abs. 5 HGB, § 147 Abs. 4 AO, § 199 Abs. 1 BGB).
 */
public enum RetentionDuty {
  /** Business letters sent and received, which e-mails in the journal are. */
  COMMERCIAL_LETTER(6, "§ 257 Abs. 1 Nr. 2, 3 und Abs. 4 HGB, § 147 Abs. 1 Nr. 2, 3 und Abs. 3 AO"),
  /**
   * Accounting vouchers such as invoices; any document filed on a person may be one, so documents
   * are kept this long.
   */
  ACCOUNTING_VOUCHER(8, "§ 257 Abs. 1 Nr. 4 und Abs. 4 HGB, § 147 Abs. 1 Nr. 4 und Abs. 3 AO"),
  /** Proof of a consent, against claims over processing done under it. */
  LEGAL_CLAIMS(3, "§§ 195, 199 BGB, Art. 7 Abs. 1 DSGVO");

  private final int years;
  private final String provision;

  RetentionDuty(int years, String provision) {
    this.years = years;
    this.provision = provision;
  }

  /** The last day a record that arose on that day must be kept. */
  public LocalDate keptUntil(LocalDate arose) {
    return LocalDate.of(arose.getYear() + years, 12, 31);
  }

  public int years() {
    return years;
  }

  public String provision() {
    return provision;
  }
}
