package de.opencrm.application.account;

import de.opencrm.application.audit.AuditJournal;
import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.ListExport;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.customfield.CustomFieldService;
import de.opencrm.application.customfield.CustomFieldValues;
import de.opencrm.application.tag.TaggedRecords;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.account.VatId;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.customfield.CustomFieldRow;
import de.opencrm.domain.erp.DebtorMirror;
import de.opencrm.integration.export.ExportFormat;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Accounts (companies): everyone in sales, service and marketing reads them; sales and managers
 * create them and change those they or their team own; administrators change all.
 */
@Permission(area = Area.ACCOUNTS, operation = Operation.READ)
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN
})
public class AccountService {

  @Inject AuditJournal journal;
  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;
  @Inject UserRepository users;
  @Inject TaggedRecords tags;
  @Inject CustomFieldValues customValues;
  @Inject CustomFieldService customFields;
  @Inject RecordScopes scopes;
  @Inject DebtorMirror erp;
  @Resource SessionContext context;

  public Page<AccountRow> listAccounts(@NotNull PageRequest request) {
    return accounts.list(request, scopes.of(context, Area.ACCOUNTS));
  }

  public long countAccounts(@NotNull PageRequest request) {
    return accounts.count(request, scopes.of(context, Area.ACCOUNTS));
  }

  /**
   * Writes every account the list's filter and criteria match, in the list's order, one SQL page at
   * a time so the whole table is never in memory. The caller names the columns in the user's
   * language.
   */
  @Permission(area = Area.ACCOUNTS, operation = Operation.EXPORT)
  public int exportAccounts(
      @NotNull PageRequest selection,
      @NotNull ExportFormat format,
      @NotNull List<String> columns,
      @NotNull Locale locale,
      @NotNull OutputStream out)
      throws IOException {
    RecordScope scope = scopes.of(context, Area.ACCOUNTS);
    List<CustomFieldRow> custom = customFields.activeFields(RecordRef.Kind.ACCOUNT);
    List<String> headers = new ArrayList<>(columns);
    custom.forEach(f -> headers.add(f.label(locale)));
    int rows =
        ListExport.write(
            format,
            "Accounts",
            headers,
            out,
            selection,
            request -> accounts.list(request, scope),
            row -> {
              List<Object> cells = new ArrayList<>();
              cells.addAll(
                  Arrays.asList(
                      row.fullName(),
                      row.postalCode(),
                      row.city(),
                      row.erpDebtorNumber(),
                      row.ownerName(),
                      String.join(", ", row.tags())));
              cells.addAll(CustomFieldValues.cells(custom, row.custom(), locale));
              return cells;
            });
    journal.recordExport("Account", format.name(), rows, selection.filter(), selection.criteria());
    return rows;
  }

  public AccountForm loadAccount(long id) {
    Account account = find(id);
    AccountForm form = new AccountForm();
    form.setId(account.getId());
    form.setVersion(account.getVersion());
    form.setName(account.getName());
    form.setLegalForm(account.getLegalForm());
    form.setVatId(account.getVatId());
    form.setIndustry(account.getIndustry());
    form.setSize(account.getSize());
    form.setServiceTier(account.getServiceTier());
    form.setWebsite(account.getWebsite());
    form.setErpDebtorNumber(account.getErpDebtorNumber());
    form.showAddress(account.getBillingAddress());
    form.getShipping().showAddress(account.getShippingAddress());
    if (account.getParent() != null) {
      form.setParentId(account.getParent().getId());
      form.setParentName(account.getParent().fullName());
    }
    form.setOwnerName(account.getOwner().getDisplayName());
    form.setEditable(mayEdit(account) && !account.isMerged());
    form.setTags(account.tagNames());
    form.setTaggable(
        form.isEditable() || !account.isMerged() && context.isCallerInRole(Role.Names.MARKETING));
    if (account.isMerged()) {
      form.setMergedIntoId(account.getMergedInto().getId());
      form.setMergedIntoName(account.getMergedInto().fullName());
    }
    form.setCustom(customValues.entriesOf(RecordRef.Kind.ACCOUNT, account));
    form.setErp(erp.accountData(account.getId()));
    return form;
  }

  /** An empty form for a new account, with the custom fields to fill in. */
  public AccountForm newAccount() {
    AccountForm form = new AccountForm();
    form.setCustom(customValues.entriesOf(RecordRef.Kind.ACCOUNT, null));
    return form;
  }

  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
  @Permission(area = Area.ACCOUNTS, operation = Operation.CREATE)
  public long createAccount(@NotNull @Valid AccountForm form) {
    User me = me();
    Stamp stamp = Stamp.of(context);
    Account account = new Account(form.getName(), me);
    apply(form, account, null);
    account.retag(tags.resolve(form.getTags(), stamp));
    account.recordCreation(stamp.user(), stamp.at());
    return accounts.add(account).getId();
  }

  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
  @Permission(area = Area.ACCOUNTS, operation = Operation.EDIT)
  public void updateAccount(@NotNull @Valid AccountForm form) {
    Account account = find(form.getId() == null ? -1 : form.getId());
    account.requireVersion(form.getVersion());
    if (account.isMerged()) {
      throw new BusinessException("merge.alreadyMerged", account.getName());
    }
    if (!mayEdit(account)) {
      throw new BusinessException("account.notYours", account.getOwner().getDisplayName());
    }
    Stamp stamp = Stamp.of(context);
    String before = account.getName();
    account.rename(form.getName());
    apply(form, account, account.getId());
    account.retag(tags.resolve(form.getTags(), stamp));
    account.recordModification(stamp.user(), stamp.at());
    if (!account.getName().equals(before)) {
      // a person is found by their company's name too
      contacts.reindexPeopleOf(account.getId());
    }
  }

  private void apply(AccountForm form, Account account, Long ownId) {
    VatId vatId = null;
    if (form.getVatId() != null && !form.getVatId().isBlank()) {
      vatId =
          VatId.parse(form.getVatId())
              .orElseThrow(() -> BusinessException.onField("vatId", "account.vatIdInvalid"));
    }
    // the ERP owns the billing address of a company it delivers: the CRM keeps the ERP's
    Address billing =
        ownId != null && erp.accountData(ownId) != null
            ? account.getBillingAddress()
            : form.checkedAddress();
    String debtorNumber = form.getErpDebtorNumber();
    if (debtorNumber != null && !debtorNumber.isBlank()) {
      accounts
          .findByErpDebtorNumber(debtorNumber)
          .filter(other -> !other.getId().equals(ownId))
          .ifPresent(
              other -> {
                throw BusinessException.onField(
                    "erpDebtorNumber", "account.erpNumberTaken", other.getName());
              });
    }
    account.describe(
        form.getLegalForm(),
        vatId,
        form.getIndustry(),
        form.getSize(),
        form.getWebsite(),
        debtorNumber);
    account.serviceLevel(form.getServiceTier());
    account.locate(billing, form.getShipping().checkedAddress("shippingPostalCode"));
    account.belongTo(form.getParentId() == null ? null : find(form.getParentId()));
    customValues.apply(RecordRef.Kind.ACCOUNT, form.getCustom(), account);
  }

  private boolean mayEdit(Account account) {
    return CallerAccess.mayEdit(context, me(), account.getOwner(), account.getTeam());
  }

  private Account find(long id) {
    return scopes.visible(
        context,
        accounts.findById(id).orElseThrow(() -> new BusinessException("account.notFound")));
  }

  private User me() {
    return CallerAccess.caller(context, users);
  }
}
