package de.opencrm.web.duplicate;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.customfield.CustomEntry;
import de.opencrm.application.duplicate.AccountMergeService;
import de.opencrm.domain.duplicate.AccountField;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
public class AccountMergeView extends MergePage<AccountField, AccountForm> {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject AccountMergeService merging;

  public AccountMergeView() {
    super(AccountField.class);
  }

  @Override
  protected AccountForm load(long id) {
    return accounts.loadAccount(id);
  }

  @Override
  protected List<CustomEntry> customOf(AccountForm record) {
    return record.getCustom();
  }

  @Override
  protected String merge(
      AccountForm kept, AccountForm other, Set<AccountField> takeOther, Set<Long> customFromOther) {
    merging.mergeAccounts(
        kept.getId(),
        kept.getVersion(),
        other.getId(),
        other.getVersion(),
        takeOther,
        customFromOther);
    errors.info("merge.done", other.getName(), kept.getName());
    return "/accounts/account.xhtml?faces-redirect=true&id=" + kept.getId();
  }

  @Override
  protected List<MergeRow<AccountField>> compare(AccountForm a, AccountForm b) {
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
        new MergeRow<>(AccountField.PARENT, a.getParentName(), b.getParentName()),
        new MergeRow<>(AccountField.SERVICE_LEVEL, tier(a), tier(b)));
  }

  private String tier(AccountForm form) {
    return errors.text("customerTier." + form.getServiceTier().name());
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
}
