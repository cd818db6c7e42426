package de.opencrm.web.account;

import de.opencrm.application.account.AccountService;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.web.shell.FacesErrors;
import de.opencrm.web.shell.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The account list: search as you type, sort, page; sales and managers start new accounts from
 * here.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject ExternalContext external;
  @Inject FacesErrors errors;

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

  /** Sends the filtered list as a download, headed in the user's language. */
  private void export(ExportFormat format) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<String> columns =
        Stream.of(
                "account.name",
                "address.postalCode",
                "address.city",
                "account.erpDebtorNumber",
                "account.owner")
            .map(errors::text)
            .toList();
    String file = errors.text("accounts.title") + "-" + LocalDate.now() + "." + format.extension();
    external.setResponseContentType(format.contentType());
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
    accounts.exportAccounts(model.getFilter(), format, columns, external.getResponseOutputStream());
    faces.responseComplete();
  }
}
