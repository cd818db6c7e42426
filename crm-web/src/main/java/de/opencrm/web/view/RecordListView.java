package de.opencrm.web.view;

import de.opencrm.application.tag.MassUpdateService;
import de.opencrm.application.view.SavedViewService;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.view.SavedViewRow;
import de.opencrm.web.shell.FacesErrors;
import de.opencrm.web.shell.PagedLazyDataModel;
import de.opencrm.web.tag.MassEdit;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * What the company and person lists share besides their rows: ticked rows and the "edit selection"
 * dialog, the column choice and the saved views.
 */
public abstract class RecordListView<R> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MassUpdateService massUpdates;
  @Inject SavedViewService savedViews;
  @Inject protected FacesErrors errors;

  private final MassEdit massEdit;
  private final ListViews views;
  private final ToLongFunction<R> rowId;
  private List<R> selected = new ArrayList<>();

  protected RecordListView(
      RecordRef.Kind kind,
      String listName,
      String tableId,
      Map<String, Boolean> columns,
      ToLongFunction<R> rowId) {
    this.massEdit = new MassEdit(kind);
    this.views = new ListViews(listName, tableId, columns);
    this.rowId = rowId;
  }

  /** The list's rows. */
  public abstract PagedLazyDataModel<R> getModel();

  public List<R> getSelected() {
    return selected;
  }

  public void setSelected(List<R> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public MassEdit getMassEdit() {
    return massEdit;
  }

  public List<UserOption> getOwners() {
    return massUpdates.owners();
  }

  /** Applies the selection dialog to the ticked rows. */
  public void applyMassEdit() {
    List<Long> ids = selected.stream().map(r -> rowId.applyAsLong(r)).toList();
    if (massEdit.apply(massUpdates, ids, errors)) {
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
    views.apply(savedViews, getModel());
  }

  public void saveView() {
    views.save(savedViews, getModel(), errors);
  }

  public void deleteView() {
    views.delete(savedViews, errors);
  }

  public boolean isMayDeleteView() {
    return views.mayDeleteChosen(savedViews);
  }
}
