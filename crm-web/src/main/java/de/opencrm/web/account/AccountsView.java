package de.opencrm.web.account;

import de.opencrm.application.account.AccountService;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.web.shell.Downloads;
import de.opencrm.web.shell.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The account list: search as you type, sort, page; sales and managers start new accounts from
 * here.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject Downloads downloads;

  private PagedLazyDataModel<AccountRow> model;

  @PostConstruct
  void init() {
    model =
        new PagedLazyDataModel<>(accounts::listAccounts, accounts::countAccounts, AccountRow::id);
  }

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
            "account.owner"),
        (columns, out) -> accounts.exportAccounts(model.getFilter(), format, columns, out));
  }
}
