package de.opencrm.application.contact;

import de.opencrm.application.common.AddressForm;
import de.opencrm.application.customfield.CustomEntry;
import de.opencrm.domain.contact.ChannelKind;
import de.opencrm.domain.contact.Salutation;
import de.opencrm.domain.contact.UncheckedValue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user enters for a contact; {@code version} is the one the form was loaded with.
 *
 * <p>Longer than 300 lines: the person form carries every field the page edits, with their checks,
 * as one object the page binds.
 */
public class ContactForm extends AddressForm {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private boolean editable = true;
  private List<String> tags = new ArrayList<>();
  private List<CustomEntry> custom = new ArrayList<>();
  private boolean taggable;
  private Salutation salutation = Salutation.NONE;

  @Size(max = 40)
  private String title;

  @Size(max = 100)
  private String firstName;

  @NotBlank
  @Size(max = 100)
  private String lastName;

  @Size(max = 100)
  private String position;

  @Email
  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String phone;

  private ChannelKind emailKind = ChannelKind.WORK;
  private ChannelKind phoneKind = ChannelKind.WORK;
  private List<ChannelEntry> moreEmails = new ArrayList<>();
  private List<ChannelEntry> morePhones = new ArrayList<>();

  @Past private LocalDate birthday;

  private String preferredLanguage;
  private Long accountId;
  private String accountName;
  private String ownerName;
  private Long mergedIntoId;
  private String mergedIntoName;

  /** When the person's data was erased (Art. 17 DSGVO); null for a normal record. */
  private Instant erasedAt;

  /** What imports brought and nobody has checked yet, as stored (shown, never edited). */
  private List<UncheckedValue> unchecked = new ArrayList<>();

  /** What the import filling this form could not check, to be kept on the person when saved. */
  private List<UncheckedValue> setAside = new ArrayList<>();

  public boolean isNew() {
    return id == null;
  }

  /** "Dr. Anna Müller", for headings. */
  public String getDisplayName() {
    StringBuilder name = new StringBuilder();
    for (String part : new String[] {title, firstName, lastName}) {
      if (part != null && !part.isBlank()) {
        name.append(name.isEmpty() ? "" : " ").append(part.strip());
      }
    }
    return name.toString();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public boolean isEditable() {
    return editable;
  }

  public void setEditable(boolean editable) {
    this.editable = editable;
  }

  public Salutation getSalutation() {
    return salutation;
  }

  public void setSalutation(Salutation salutation) {
    this.salutation = salutation;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
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

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
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

  public LocalDate getBirthday() {
    return birthday;
  }

  public void setBirthday(LocalDate birthday) {
    this.birthday = birthday;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public String getAccountName() {
    return accountName;
  }

  public void setAccountName(String accountName) {
    this.accountName = accountName;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  /** Set when this contact was merged into another as a duplicate. */
  public Long getMergedIntoId() {
    return mergedIntoId;
  }

  public void setMergedIntoId(Long mergedIntoId) {
    this.mergedIntoId = mergedIntoId;
  }

  public String getMergedIntoName() {
    return mergedIntoName;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }

  public void setErasedAt(Instant erasedAt) {
    this.erasedAt = erasedAt;
  }

  public void setMergedIntoName(String mergedIntoName) {
    this.mergedIntoName = mergedIntoName;
  }

  public ChannelKind getEmailKind() {
    return emailKind;
  }

  public void setEmailKind(ChannelKind emailKind) {
    this.emailKind = emailKind;
  }

  public ChannelKind getPhoneKind() {
    return phoneKind;
  }

  public void setPhoneKind(ChannelKind phoneKind) {
    this.phoneKind = phoneKind;
  }

  /** E-mail addresses besides the primary one. */
  public List<ChannelEntry> getMoreEmails() {
    return moreEmails;
  }

  public void setMoreEmails(List<ChannelEntry> moreEmails) {
    this.moreEmails = moreEmails;
  }

  /** Phone numbers besides the primary one. */
  public List<ChannelEntry> getMorePhones() {
    return morePhones;
  }

  public void setMorePhones(List<ChannelEntry> morePhones) {
    this.morePhones = morePhones;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  /** Whether the user may change the tags, even where the rest is read-only (marketing). */
  public boolean isTaggable() {
    return taggable;
  }

  public void setTaggable(boolean taggable) {
    this.taggable = taggable;
  }

  /** The active custom fields, each with what the record holds or the user entered. */
  public List<CustomEntry> getCustom() {
    return custom;
  }

  public void setCustom(List<CustomEntry> custom) {
    this.custom = custom == null ? new ArrayList<>() : new ArrayList<>(custom);
  }

  public List<UncheckedValue> getUnchecked() {
    return unchecked;
  }

  public void setUnchecked(List<UncheckedValue> unchecked) {
    this.unchecked = unchecked;
  }

  public List<UncheckedValue> getSetAside() {
    return setAside;
  }

  public void setSetAside(List<UncheckedValue> setAside) {
    this.setAside = setAside;
  }
}
