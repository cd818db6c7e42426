package de.opencrm.web.account;

import de.opencrm.application.account.AccountService;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.web.page.Downloads;
import de.opencrm.web.page.PagedLazyDataModel;
import de.opencrm.web.savedview.RecordListView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The account list: search as you type, sort, page; sales and managers start new accounts from
 * here.
 */
@Named
@ViewScoped
public class AccountsView extends RecordListView<AccountRow> {

  private static final long serialVersionUID = 1L;

  public AccountsView() {
    super(
        RecordRef.Kind.ACCOUNT,
        "accounts",
        ":listForm:accounts",
        Map.of(
            "postalCode", true, "city", true, "erpDebtorNumber", true, "owner", true, "tags", true),
        AccountRow::id);
  }

  @Inject AccountService accounts;
  @Inject Downloads downloads;

  private PagedLazyDataModel<AccountRow> model;

  @PostConstruct
  void init() {
    model =
        new PagedLazyDataModel<>(accounts::listAccounts, accounts::countAccounts, AccountRow::id);
  }

  @Override
  public PagedLazyDataModel<AccountRow> getModel() {
    return model;
  }

  public void exportCsv() throws IOException {
    export(ExportFormat.CSV);
  }

  public void exportXlsx() throws IOException {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) throws IOException {
    downloads.send(
        format,
        "accounts.title",
        List.of(
            "account.name",
            "address.postalCode",
            "address.city",
            "account.erpDebtorNumber",
            "account.owner",
            "tag.tags"),
        (columns, out) ->
            accounts.exportAccounts(model.selection(), format, columns, locale(), out));
  }
}
