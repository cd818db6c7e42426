package de.opencrm.application.lead;

import de.opencrm.application.common.AddressForm;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A lead entered by hand (a call, a business card from a fair), with where it came from. */
public class LeadForm extends AddressForm {

  private static final long serialVersionUID = 1L;

  @Size(max = 100)
  private String firstName;

  @NotBlank
  @Size(max = 100)
  private String lastName;

  @Email
  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String phone;

  @Size(max = 100)
  private String jobTitle;

  @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{crm.lead.language.pattern}")
  private String language = "de";

  @Size(max = 200)
  private String company;

  @Size(max = 100)
  private String industry;

  private CompanySize companySize;

  @Size(max = 2000)
  private String message;

  @NotNull private LeadSource source = LeadSource.PHONE;

  public LeadForm() {
    super("DE");
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public CompanySize getCompanySize() {
    return companySize;
  }

  public void setCompanySize(CompanySize companySize) {
    this.companySize = companySize;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public LeadSource getSource() {
    return source;
  }

  public void setSource(LeadSource source) {
    this.source = source;
  }
}
