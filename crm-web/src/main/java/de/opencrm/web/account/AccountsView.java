package de.opencrm.web.account;

import de.opencrm.application.account.AccountService;
import de.opencrm.application.tag.MassUpdateService;
import de.opencrm.application.view.SavedViewService;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.view.SavedViewRow;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.web.shell.Downloads;
import de.opencrm.web.shell.FacesErrors;
import de.opencrm.web.shell.PagedLazyDataModel;
import de.opencrm.web.tag.MassEdit;
import de.opencrm.web.view.ListViews;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  @Inject MassUpdateService massUpdates;
  @Inject SavedViewService savedViews;

  private final ListViews views =
      new ListViews(
          "accounts",
          ":listForm:accounts",
          Map.of(
              "postalCode", true,
              "city", true,
              "erpDebtorNumber", true,
              "owner", true,
              "tags", true));
  @Inject FacesErrors errors;

  private PagedLazyDataModel<AccountRow> model;
  private List<AccountRow> selected = new ArrayList<>();
  private MassEdit massEdit;

  @PostConstruct
  void init() {
    model =
        new PagedLazyDataModel<>(accounts::listAccounts, accounts::countAccounts, AccountRow::id);
    massEdit = new MassEdit(RecordRef.Kind.ACCOUNT);
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
            "account.owner",
            "tag.tags"),
        (columns, out) -> accounts.exportAccounts(model.selection(), format, columns, out));
  }

  public List<AccountRow> getSelected() {
    return selected;
  }

  public void setSelected(List<AccountRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public MassEdit getMassEdit() {
    return massEdit;
  }

  public List<UserOption> getOwners() {
    return massUpdates.owners();
  }

  /** Applies the selection dialog to the ticked companies. */
  public void applyMassEdit() {
    if (massEdit.apply(massUpdates, selected.stream().map(AccountRow::id).toList(), errors)) {
      selected = new ArrayList<>();
    }
  }

  public ListViews getViews() {
    return views;
  }

  public List<SavedViewRow> getSavedViews() {
    return views.saved(savedViews);
  }

  public void applyView() {
    views.apply(savedViews, model);
  }

  public void saveView() {
    views.save(savedViews, model, errors);
  }

  public void deleteView() {
    views.delete(savedViews, errors);
  }

  public boolean isMayDeleteView() {
    return views.mayDeleteChosen(savedViews);
  }
}
