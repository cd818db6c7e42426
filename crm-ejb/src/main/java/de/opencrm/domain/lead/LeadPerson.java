package de.opencrm.domain.lead;

import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/** The person behind a lead: name, how to reach them, their job and the language they wrote in. */
@Embeddable
public class LeadPerson implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "first_name", length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  @Column(name = "job_title", length = 100)
  private String jobTitle;

  /** ISO language ("de", "en"): the language to answer in. */
  @Column(length = 5)
  private String language;

  protected LeadPerson() {}

  public LeadPerson(
      String firstName,
      String lastName,
      String email,
      String phone,
      String jobTitle,
      String language) {
    this.firstName = Texts.trimToNull(firstName);
    this.lastName = lastName.strip();
    String address = Texts.trimToNull(email);
    // kept in lower case, so the same person's next form finds their lead
    this.email = address == null ? null : address.toLowerCase(Locale.ROOT);
    this.phone = Texts.trimToNull(phone);
    this.jobTitle = Texts.trimToNull(jobTitle);
    String lang = Texts.trimToNull(language);
    this.language = lang == null ? null : lang.toLowerCase(Locale.ROOT);
  }

  public String fullName() {
    return firstName == null ? lastName : firstName + " " + lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public String getLanguage() {
    return language;
  }
}
