package de.opencrm.domain.contact;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.PhoneticKey;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;

/** A person: under an account (B2B) or on their own (B2C). */
@Entity
@Table(name = "crm_contact")
public class Contact extends AuditedEntity {

  @Id
  @SequenceGenerator(
      name = "crm_contact_seq",
      sequenceName = "crm_contact_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_contact_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Salutation salutation = Salutation.NONE;

  @Column(length = 40)
  private String title;

  @Column(name = "first_name", length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  /** Last and first name folded, for sorting ("mueller anna"). */
  @Column(name = "name_key", nullable = false, length = 200)
  private String nameKey;

  /** Names, e-mail, phone and company folded: what the list's search box looks in. */
  @Column(name = "search_key", nullable = false, length = 500)
  private String searchKey;

  /** First and last name as they sound (PhoneticKey), for the global search. */
  @Column(name = "phonetic_key", length = PhoneticKey.MAX_LENGTH)
  private String phoneticKey;

  @Column(length = 100)
  private String position;

  @Column(length = 254)
  private String email;

  /** E.164, e.g. +493012345678. */
  @Column(length = 20)
  private String phone;

  private LocalDate birthday;

  @Column(name = "preferred_language", length = 5)
  private String preferredLanguage;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private User owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  /** Set once this contact was merged into another as a duplicate; it then drops out of lists. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private Contact mergedInto;

  protected Contact() {}

  public Contact(String lastName, User owner) {
    this.lastName = lastName.strip();
    this.owner = owner;
    this.team = owner.getTeam();
    refreshKeys();
  }

  public void name(
      Salutation newSalutation, String newTitle, String newFirstName, String newLastName) {
    this.salutation = newSalutation == null ? Salutation.NONE : newSalutation;
    this.title = Texts.trimToNull(newTitle);
    this.firstName = Texts.trimToNull(newFirstName);
    this.lastName = newLastName.strip();
    refreshKeys();
  }

  public void reach(String newEmail, PhoneNumber newPhone) {
    this.email =
        newEmail == null || newEmail.isBlank() ? null : newEmail.strip().toLowerCase(Locale.ROOT);
    this.phone = newPhone == null ? null : newPhone.e164();
    refreshKeys();
  }

  public void describe(
      String newPosition, LocalDate newBirthday, String newLanguage, Account newAccount) {
    this.position = Texts.trimToNull(newPosition);
    this.birthday = newBirthday;
    this.preferredLanguage = Texts.trimToNull(newLanguage);
    this.account = newAccount;
    refreshKeys();
  }

  private void refreshKeys() {
    this.nameKey = SearchText.key(200, lastName, firstName);
    this.phoneticKey = PhoneticKey.of(firstName, lastName);
    this.searchKey =
        SearchText.key(
            500, firstName, lastName, email, phone, account == null ? null : account.getName());
  }

  /** Marks this contact as a duplicate that went into the survivor. */
  public void mergeInto(Contact survivor) {
    if (survivor == this || survivor.isMerged()) {
      throw new IllegalArgumentException("a contact merges into another that is not merged");
    }
    mergedInto = survivor;
  }

  public void unmerge() {
    mergedInto = null;
  }

  public boolean isMerged() {
    return mergedInto != null;
  }

  public Contact getMergedInto() {
    return mergedInto;
  }

  public Long getId() {
    return id;
  }

  public Salutation getSalutation() {
    return salutation;
  }

  public String getTitle() {
    return title;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getPosition() {
    return position;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public LocalDate getBirthday() {
    return birthday;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public Account getAccount() {
    return account;
  }

  public User getOwner() {
    return owner;
  }

  public Team getTeam() {
    return team;
  }

  String searchKey() {
    return searchKey;
  }
}
