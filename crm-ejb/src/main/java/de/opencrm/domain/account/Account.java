package de.opencrm.domain.account;

import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PhoneticKey;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.common.SearchWords;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.domain.customfield.CustomizedRecord;
import de.opencrm.domain.tag.Tag;
import de.opencrm.domain.tag.Tagged;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A company the organisation does business with (B2B): the record contacts, leads and tickets hang
 * off.
 */
@Entity
@Table(name = "crm_account")
@NamedQuery(
    name = "Account.findByErpNumber",
    query = "SELECT a FROM Account a WHERE a.erpDebtorNumber = :number AND a.mergedInto IS NULL")
/**
 * Longer than 300 lines on purpose: an aggregate root keeps a company's rules together (addresses,
 * the ERP-owned fields and debtor number, hierarchy, merge), so no other class can change a company
 * around them.
 */
public class Account extends AuditedEntity implements Tagged, CustomizedRecord, AuditLabelled {

  private static final int SEARCH_KEY_LENGTH = 400;

  @Id
  @SequenceGenerator(
      name = "crm_account_seq",
      sequenceName = "crm_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_account_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  /** The name folded for search and sort (SearchText): "Müller" is found as "Mueller". */
  @Column(name = "name_key", nullable = false, length = 200)
  private String nameKey;

  /** See {@link #searchKeyOf}: what the list's and the global search box look in. */
  @Column(name = "search_key", nullable = false, length = SEARCH_KEY_LENGTH)
  private String searchKey;

  /** The name as it sounds (PhoneticKey), for the global search's tolerance of typing errors. */
  @Column(name = "phonetic_key", length = PhoneticKey.MAX_LENGTH)
  private String phoneticKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", length = 20)
  private LegalForm legalForm;

  @Column(name = "vat_id", length = 20)
  private String vatId;

  @Column(length = 100)
  private String industry;

  @Enumerated(EnumType.STRING)
  @Column(name = "company_size", length = 20)
  private CompanySize size;

  /** The service level the company has bought: its tickets get the SLA targets of this tier. */
  @Enumerated(EnumType.STRING)
  @Column(name = "service_tier", nullable = false, length = 10)
  private CustomerTier serviceTier = CustomerTier.STANDARD;

  @Column(length = 254)
  private String website;

  @Column(name = "erp_debtor_number", length = 40)
  private String erpDebtorNumber;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code")),
    @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
    @AttributeOverride(name = "state", column = @Column(name = "billing_state")),
    @AttributeOverride(name = "country", column = @Column(name = "billing_country"))
  })
  private Address billingAddress = new Address();

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "shipping_street")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code")),
    @AttributeOverride(name = "city", column = @Column(name = "shipping_city")),
    @AttributeOverride(name = "state", column = @Column(name = "shipping_state")),
    @AttributeOverride(name = "country", column = @Column(name = "shipping_country"))
  })
  private Address shippingAddress = new Address();

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private User owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Account parent;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "crm_account_tag",
      joinColumns = @JoinColumn(name = "account_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  private Set<Tag> tags = new HashSet<>();

  /** {@link SearchWords}: what the global search looks a typed word up in. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "crm_account_word", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "word", length = SearchWords.MAX_WORD)
  private Set<String> searchWords = new HashSet<>();

  /** Values of the custom fields an administrator added, by field id; empty fields are absent. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "crm_account_custom_value",
      joinColumns = @JoinColumn(name = "account_id"))
  @MapKeyColumn(name = "field_id")
  private Map<Long, CustomValue> customValues = new HashMap<>();

  /** The company this one was merged into; kept only so the merge can be undone. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private Account mergedInto;

  protected Account() {}

  public Account(String name, User owner) {
    rename(name);
    assignTo(owner);
  }

  public final void rename(String newName) {
    this.name = newName.strip();
    this.nameKey = SearchText.fold(newName);
    refreshSearchKey();
  }

  /** The owner's team comes along: the team sees and edits what its members own. */
  public final void assignTo(User newOwner) {
    this.owner = newOwner;
    this.team = newOwner.getTeam();
  }

  public void describe(
      LegalForm newLegalForm,
      VatId newVatId,
      String newIndustry,
      CompanySize newSize,
      String newWebsite,
      String newErpDebtorNumber) {
    this.legalForm = newLegalForm;
    this.vatId = newVatId == null ? null : newVatId.value();
    this.industry = Texts.trimToNull(newIndustry);
    this.size = newSize;
    this.website = Texts.trimToNull(newWebsite);
    this.erpDebtorNumber = Texts.trimToNull(newErpDebtorNumber);
    refreshSearchKey();
  }

  /** The deepest group structure the CRM follows when it looks for cycles. */
  private static final int MAX_GROUP_DEPTH = 50;

  /**
   * Makes the company a subsidiary of another (or of none); refused when that would make it its own
   * parent, directly or through others.
   */
  public void belongTo(Account newParent) {
    Account up = newParent;
    for (int depth = 0; up != null && depth < MAX_GROUP_DEPTH; depth++) {
      if (up == this || (id != null && id.equals(up.getId()))) {
        throw BusinessException.onField("parent", "account.parentCycle");
      }
      up = up.parent;
    }
    this.parent = newParent;
  }

  /** Leaves the lists: the company is a duplicate of the survivor. */
  public void mergeInto(Account survivor) {
    if (survivor == this || survivor.isMerged()) {
      throw new IllegalArgumentException("a company merges into another that is not merged");
    }
    mergedInto = survivor;
  }

  public void unmerge() {
    mergedInto = null;
  }

  /** Gives up the ERP number, which only one company holds, e.g. to the company it merges into. */
  public void releaseErpNumber() {
    this.erpDebtorNumber = null;
    refreshSearchKey();
  }

  /** Takes the number of the ERP debtor it was found to be (by VAT ID or a confirmed match). */
  public void takeErpNumber(String number) {
    this.erpDebtorNumber = number;
    refreshSearchKey();
  }

  /** Takes back the ERP number it released. */
  public void reclaimErpNumber(String number) {
    this.erpDebtorNumber = number;
    refreshSearchKey();
  }

  public boolean isMerged() {
    return mergedInto != null;
  }

  public Account getMergedInto() {
    return mergedInto;
  }

  /** Whether this company is the other's parent, directly or further up. */
  public boolean isAbove(Account other) {
    Account up = other.parent;
    for (int depth = 0; up != null && depth < MAX_GROUP_DEPTH; depth++) {
      if (up == this || (id != null && id.equals(up.getId()))) {
        return true;
      }
      up = up.parent;
    }
    return false;
  }

  /** Name and legal form as written on a letter ("Müller Logistik GmbH"). */
  public String fullName() {
    return legalForm == null ? name : name + " " + legalForm.written();
  }

  public Account getParent() {
    return parent;
  }

  public void locate(Address billing, Address shipping) {
    this.billingAddress = billing;
    this.shippingAddress = shipping;
    refreshSearchKey();
  }

  private void refreshSearchKey() {
    Address address = getBillingAddress();
    this.searchKey =
        searchKeyOf(
            name,
            address.getStreet(),
            address.getPostalCode(),
            address.getCity(),
            erpDebtorNumber,
            vatId);
    this.phoneticKey = PhoneticKey.of(name);
    SearchWords.refresh(searchWords, searchKey, phoneticKey);
  }

  /**
   * What the search looks in, folded: name, billing street, PLZ, city, ERP and VAT number. Also
   * used to fill the key of rows written before a part was added to it (V5_1).
   */
  public static String searchKeyOf(
      String name, String street, String postalCode, String city, String erp, String vatId) {
    return SearchText.key(SEARCH_KEY_LENGTH, name, street, postalCode, city, erp, vatId);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public String getVatId() {
    return vatId;
  }

  public String getIndustry() {
    return industry;
  }

  /** Sets the service level bought; none given is the standard. */
  public void serviceLevel(CustomerTier tier) {
    this.serviceTier = tier == null ? CustomerTier.STANDARD : tier;
  }

  public CustomerTier getServiceTier() {
    return serviceTier;
  }

  public CompanySize getSize() {
    return size;
  }

  public String getWebsite() {
    return website;
  }

  public String getErpDebtorNumber() {
    return erpDebtorNumber;
  }

  public Address getBillingAddress() {
    return billingAddress == null ? new Address() : billingAddress;
  }

  public Address getShippingAddress() {
    return shippingAddress == null ? new Address() : shippingAddress;
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

  @Override
  public String auditLabel() {
    return fullName();
  }
}
