package de.opencrm.web.duplicate;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.duplicate.AccountMergeService;
import de.opencrm.domain.duplicate.AccountField;
import de.opencrm.web.shell.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The company merge page: two companies side by side, field by field; the user picks what survives,
 * may swap which company stays, and merges.
 */
@Named
@ViewScoped
public class AccountMergeView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "mergeForm";

  @Inject AccountService accounts;
  @Inject AccountMergeService merging;
  @Inject FacesErrors errors;

  private Long keepId;
  private Long otherId;
  private AccountForm kept;
  private AccountForm other;
  private List<MergeRow<AccountField>> rows = List.of();

  /** Called by f:viewAction once both ids are read. */
  public void load() {
    if (kept != null || keepId == null || otherId == null) {
      return;
    }
    try {
      kept = accounts.loadAccount(keepId);
      other = accounts.loadAccount(otherId);
      rows = compare(kept, other);
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void swap() {
    AccountForm formerlyKept = kept;
    kept = other;
    other = formerlyKept;
    keepId = kept.getId();
    rows = compare(kept, other);
  }

  public String merge() {
    Set<AccountField> takeOther = EnumSet.noneOf(AccountField.class);
    rows.stream().filter(MergeRow::isTakeOther).forEach(r -> takeOther.add(r.getField()));
    try {
      merging.mergeAccounts(
          kept.getId(), kept.getVersion(), other.getId(), other.getVersion(), takeOther);
      errors.info("merge.done", other.getName(), kept.getName());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/accounts/account.xhtml?faces-redirect=true&id=" + kept.getId();
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }

  private List<MergeRow<AccountField>> compare(AccountForm a, AccountForm b) {
    return List.of(
        new MergeRow<>(AccountField.NAME, a.getName(), b.getName()),
        new MergeRow<>(AccountField.LEGAL_FORM, legalForm(a), legalForm(b)),
        new MergeRow<>(AccountField.VAT_ID, a.getVatId(), b.getVatId()),
        new MergeRow<>(AccountField.INDUSTRY, a.getIndustry(), b.getIndustry()),
        new MergeRow<>(AccountField.SIZE, size(a), size(b)),
        new MergeRow<>(AccountField.WEBSITE, a.getWebsite(), b.getWebsite()),
        new MergeRow<>(AccountField.ERP_NUMBER, a.getErpDebtorNumber(), b.getErpDebtorNumber()),
        new MergeRow<>(AccountField.BILLING_ADDRESS, address(a), address(b)),
        new MergeRow<>(
            AccountField.SHIPPING_ADDRESS, address(a.getShipping()), address(b.getShipping())),
        new MergeRow<>(AccountField.PARENT, a.getParentName(), b.getParentName()));
  }

  private static String legalForm(AccountForm form) {
    return form.getLegalForm() == null ? null : form.getLegalForm().written();
  }

  private String size(AccountForm form) {
    return form.getSize() == null
        ? null
        : form.getSize().employees() + " " + errors.text("account.employees");
  }

  /** "Hauptstraße 1, 50667 Köln" or null. */
  private static String address(de.opencrm.application.common.AddressForm form) {
    String place =
        Stream.of(form.getPostalCode(), form.getCity())
            .filter(p -> p != null && !p.isBlank())
            .collect(Collectors.joining(" "));
    String text =
        Stream.of(form.getStreet(), place)
            .filter(p -> p != null && !p.isBlank())
            .collect(Collectors.joining(", "));
    return text.isEmpty() ? null : text;
  }

  public List<MergeRow<AccountField>> getRows() {
    return rows;
  }

  public AccountForm getKept() {
    return kept;
  }

  public AccountForm getOther() {
    return other;
  }

  public Long getKeepId() {
    return keepId;
  }

  public void setKeepId(Long keepId) {
    this.keepId = keepId;
  }

  public Long getOtherId() {
    return otherId;
  }

  public void setOtherId(Long otherId) {
    this.otherId = otherId;
  }
}
