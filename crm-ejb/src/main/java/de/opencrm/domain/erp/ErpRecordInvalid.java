package de.opencrm.domain.erp;

import de.opencrm.integration.erp.ErpFileCheck.Code;

/**
 * A delivered record the CRM does not take, with the reason; the reconciliation skips it, writes it
 * to the run's refused records and goes on.
 */
public class ErpRecordInvalid extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Code code;

  public ErpRecordInvalid(Code code, String detail) {
    super(detail, null, false, false);
    this.code = code;
  }

  public Code code() {
    return code;
  }

  public String detail() {
    return getMessage();
  }
}
