package de.opencrm.domain.contact;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.Erasable;
import de.opencrm.domain.common.PhoneticKey;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.common.SearchWords;
import de.opencrm.domain.common.Sensitive;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.domain.customfield.CustomizedRecord;
import de.opencrm.domain.tag.Tag;
import de.opencrm.domain.tag.Tagged;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person: under an account (B2B) or on their own (B2C).
 *
 * <p>Longer than 300 lines on purpose: an aggregate root keeps a person's rules together
 * (addresses, communication data, sensitive fields, company link, erasure for the DSGVO), so no
 * other class can change a person around them.
 */
@Entity
@Table(name = "crm_contact")
public class Contact extends AuditedEntity
    implements Tagged, CustomizedRecord, AuditLabelled, Erasable {

  /** What an erased person is called from then on. */
  public static final String ERASED_NAME = "[gelöscht]";

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

  /** The primary e-mail address (the first of {@link #emails}), kept here for lists and search. */
  @Column(length = 254)
  private String email;

  /** The primary phone number in E.164, e.g. +493012345678 (the first of {@link #phones}). */
  @Column(length = 20)
  private String phone;

  /** Every e-mail address, the primary first. */
  /** {@link SearchWords}: what the global search looks a typed word up in. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "crm_contact_word", joinColumns = @JoinColumn(name = "contact_id"))
  @Column(name = "word", length = SearchWords.MAX_WORD)
  private Set<String> searchWords = new HashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "crm_contact_email", joinColumns = @JoinColumn(name = "contact_id"))
  @OrderColumn(name = "position")
  private List<ContactEmail> emails = new ArrayList<>();

  /** Every phone number, the primary first. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "crm_contact_phone", joinColumns = @JoinColumn(name = "contact_id"))
  @OrderColumn(name = "position")
  private List<ContactPhone> phones = new ArrayList<>();

  /** The person's own postal address (a B2C customer's, or a private one). */
  @Embedded private Address address = new Address();

  /** What an import brought and could not check, kept as written until someone has looked. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "crm_contact_unchecked", joinColumns = @JoinColumn(name = "contact_id"))
  @OrderColumn(name = "position")
  private List<UncheckedValue> unchecked = new ArrayList<>();

  /** Whether {@link #unchecked} holds anything, for the lists to filter by. */
  @Column(name = "needs_check", nullable = false)
  private boolean needsCheck;

  /**
   * Personal data: encrypted in the database (META-INF/orm.xml), only "changed" in the audit
   * journal.
   */
  @Sensitive
  @Column(name = "birthday_sealed", length = 200)
  private LocalDate birthday;

  @Column(name = "preferred_language", length = 5)
  private String preferredLanguage;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  /** The account's id as stored, read-only: lets lists filter and page without a join. */
  @Column(name = "account_id", insertable = false, updatable = false)
  private Long accountId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private User owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "crm_contact_tag",
      joinColumns = @JoinColumn(name = "contact_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  private Set<Tag> tags = new HashSet<>();

  /** Values of the custom fields an administrator added, by field id; empty fields are absent. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "crm_contact_custom_value",
      joinColumns = @JoinColumn(name = "contact_id"))
  @MapKeyColumn(name = "field_id")
  private Map<Long, CustomValue> customValues = new HashMap<>();

  /** Set once this contact was merged into another as a duplicate; it then drops out of lists. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private Contact mergedInto;

  /** When the person's data was erased (Art. 17 DSGVO); null while they are a normal record. */
  @Column(name = "erased_at")
  private Instant erasedAt;

  protected Contact() {}

  public Contact(String lastName, User owner) {
    this.lastName = lastName.strip();
    assignTo(owner);
    refreshKeys();
  }

  /** Hands the person over to another owner; their team comes along. */
  public final void assignTo(User newOwner) {
    this.owner = newOwner;
    this.team = newOwner.getTeam();
  }

  public void name(
      Salutation newSalutation, String newTitle, String newFirstName, String newLastName) {
    this.salutation = newSalutation == null ? Salutation.NONE : newSalutation;
    this.title = Texts.trimToNull(newTitle);
    this.firstName = Texts.trimToNull(newFirstName);
    this.lastName = newLastName.strip();
    refreshKeys();
  }

  /** Sets the primary e-mail address and phone number (null removes them); the others stay. */
  public void reach(String newEmail, PhoneNumber newPhone) {
    List<ContactEmail> allEmails = new ArrayList<>();
    if (newEmail != null && !newEmail.isBlank()) {
      allEmails.add(new ContactEmail(newEmail, emails.isEmpty() ? null : emails.get(0).getKind()));
    }
    allEmails.addAll(emails.subList(Math.min(1, emails.size()), emails.size()));
    List<ContactPhone> allPhones = new ArrayList<>();
    if (newPhone != null) {
      allPhones.add(new ContactPhone(newPhone, phones.isEmpty() ? null : phones.get(0).getKind()));
    }
    allPhones.addAll(phones.subList(Math.min(1, phones.size()), phones.size()));
    reachAt(allEmails, allPhones);
  }

  /**
   * Sets every e-mail address and phone number, the primary ones first; a value given twice is kept
   * once.
   */
  public void reachAt(List<ContactEmail> allEmails, List<ContactPhone> allPhones) {
    Set<String> seen = new HashSet<>();
    List<ContactEmail> newEmails =
        allEmails.stream().filter(e -> seen.add(e.getAddress())).toList();
    List<ContactPhone> newPhones = allPhones.stream().filter(p -> seen.add(p.getE164())).toList();
    emails.clear();
    emails.addAll(newEmails);
    phones.clear();
    phones.addAll(newPhones);
    this.email = emails.isEmpty() ? null : emails.get(0).getAddress();
    this.phone = phones.isEmpty() ? null : phones.get(0).getE164();
    refreshKeys();
  }

  /** Keeps values an import could not check beside those kept before. */
  public void keepUnchecked(List<UncheckedValue> values) {
    unchecked.addAll(values);
    needsCheck = !unchecked.isEmpty();
  }

  /** Somebody has looked at the unchecked values and tidied what needed it. */
  public void markChecked() {
    unchecked.clear();
    needsCheck = false;
  }

  public List<UncheckedValue> getUnchecked() {
    return Collections.unmodifiableList(unchecked);
  }

  public void live(Address newAddress) {
    this.address = newAddress == null ? new Address() : newAddress;
  }

  public void describe(
      String newPosition, LocalDate newBirthday, String newLanguage, Account newAccount) {
    this.position = Texts.trimToNull(newPosition);
    this.birthday = newBirthday;
    this.preferredLanguage = Texts.trimToNull(newLanguage);
    this.account = newAccount;
    refreshKeys();
  }

  /** Computes the search keys again, after something they are made of changed elsewhere. */
  public void reindex() {
    refreshKeys();
  }

  private void refreshKeys() {
    this.nameKey = SearchText.key(200, lastName, firstName);
    this.phoneticKey = PhoneticKey.of(firstName, lastName);
    List<String> parts = new ArrayList<>();
    parts.add(firstName);
    parts.add(lastName);
    emails.forEach(e -> parts.add(e.getAddress()));
    phones.forEach(p -> parts.add(p.getE164()));
    parts.add(account == null ? null : account.getName());
    this.searchKey = SearchText.key(500, parts.toArray(String[]::new));
    SearchWords.refresh(searchWords, searchKey, phoneticKey);
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

  /**
   * Anonymises the person (Art. 17 DSGVO): every personal field goes, the row stays for the records
   * that must be kept and for the audit journal's references.
   */
  public void erase(Instant at) {
    this.salutation = Salutation.NONE;
    this.title = null;
    this.firstName = null;
    this.lastName = ERASED_NAME;
    this.position = null;
    this.birthday = null;
    this.preferredLanguage = null;
    this.account = null;
    this.address = new Address();
    emails.clear();
    phones.clear();
    unchecked.clear();
    needsCheck = false;
    this.email = null;
    this.phone = null;
    tags.clear();
    customValues.clear();
    this.erasedAt = at;
    refreshKeys();
  }

  @Override
  public boolean isErased() {
    return erasedAt != null;
  }

  public Instant getErasedAt() {
    return erasedAt;
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

  public List<ContactEmail> getEmails() {
    return List.copyOf(emails);
  }

  public List<ContactPhone> getPhones() {
    return List.copyOf(phones);
  }

  public Address getAddress() {
    return address == null ? new Address() : address;
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

  @Override
  public Map<Long, CustomValue> customValues() {
    return customValues;
  }

  @Override
  public Set<Tag> tagSet() {
    return tags;
  }

  public Team getTeam() {
    return team;
  }

  String searchKey() {
    return searchKey;
  }

  @Override
  public String auditLabel() {
    return firstName == null ? lastName : firstName + " " + lastName;
  }
}
