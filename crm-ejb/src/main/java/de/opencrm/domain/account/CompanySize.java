package de.opencrm.domain.account;

/** Company size by employees, in the bands of the EU SME definition and above. */
public enum CompanySize {
  MICRO("1–9"),
  SMALL("10–49"),
  MEDIUM("50–249"),
  LARGE("250–999"),
  ENTERPRISE("1000+");

  private final String employees;

  CompanySize(String employees) {
    this.employees = employees;
  }

  public String employees() {
    return employees;
  }
}
