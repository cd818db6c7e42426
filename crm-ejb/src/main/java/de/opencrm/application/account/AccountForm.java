package de.opencrm.application.account;

import de.opencrm.application.common.AddressForm;
import de.opencrm.application.customfield.CustomEntry;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.erp.ErpAccountData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What a user enters for an account; {@code version} is the one the form was loaded with. */
public class AccountForm extends AddressForm {

  private static final long serialVersionUID = 1L;

  public AccountForm() {
    super("DE");
  }

  private Long id;
  private long version;
  private boolean editable = true;
  private List<String> tags = new ArrayList<>();
  private List<CustomEntry> custom = new ArrayList<>();
  @Valid private AddressForm shipping = new AddressForm("DE");
  private Long parentId;
  private String parentName;
  private boolean taggable;
  private Long mergedIntoId;
  private String mergedIntoName;

  /** The ERP's data of the company (read-only), or null when the ERP has not delivered it. */
  private ErpAccountData erp;

  @NotBlank
  @Size(max = 200)
  private String name;

  private LegalForm legalForm;

  @Size(max = 20)
  private String vatId;

  @Size(max = 100)
  private String industry;

  private CompanySize size;

  @NotNull private CustomerTier serviceTier = CustomerTier.STANDARD;

  @Size(max = 254)
  @Pattern(
      regexp = "^$|^(https?://)?[\\w.-]+\\.[a-zA-Z]{2,}(/\\S*)?$",
      message = "{crm.account.website.pattern}")
  private String website;

  @Size(max = 40)
  private String erpDebtorNumber;

  private String ownerName;

  public boolean isNew() {
    return id == null;
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

  /** Whether the current user may change this account (owner, owner's team, administrators). */
  public boolean isEditable() {
    return editable;
  }

  public void setEditable(boolean editable) {
    this.editable = editable;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
  }

  public String getVatId() {
    return vatId;
  }

  public void setVatId(String vatId) {
    this.vatId = vatId;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public CustomerTier getServiceTier() {
    return serviceTier;
  }

  public void setServiceTier(CustomerTier serviceTier) {
    this.serviceTier = serviceTier;
  }

  public CompanySize getSize() {
    return size;
  }

  public void setSize(CompanySize size) {
    this.size = size;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getErpDebtorNumber() {
    return erpDebtorNumber;
  }

  public void setErpDebtorNumber(String erpDebtorNumber) {
    this.erpDebtorNumber = erpDebtorNumber;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
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

  /** Where goods go when not to the billing address; empty when they go there. */
  public AddressForm getShipping() {
    return shipping;
  }

  public void setShipping(AddressForm shipping) {
    this.shipping = shipping == null ? new AddressForm("DE") : shipping;
  }

  /** The parent company (Konzernmutter), if the company belongs to a group. */
  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getParentName() {
    return parentName;
  }

  public void setParentName(String parentName) {
    this.parentName = parentName;
  }

  /** The active custom fields, each with what the record holds or the user entered. */
  public List<CustomEntry> getCustom() {
    return custom;
  }

  public void setCustom(List<CustomEntry> custom) {
    this.custom = custom == null ? new ArrayList<>() : new ArrayList<>(custom);
  }

  /** The company this one was merged into, when it is a merged duplicate. */
  public Long getMergedIntoId() {
    return mergedIntoId;
  }

  public void setMergedIntoId(Long mergedIntoId) {
    this.mergedIntoId = mergedIntoId;
  }

  public ErpAccountData getErp() {
    return erp;
  }

  public void setErp(ErpAccountData erp) {
    this.erp = erp;
  }

  public String getMergedIntoName() {
    return mergedIntoName;
  }

  public void setMergedIntoName(String mergedIntoName) {
    this.mergedIntoName = mergedIntoName;
  }
}
