package de.opencrm.web.savedview;

import de.opencrm.application.savedview.SavedViewService;
import de.opencrm.domain.customfield.CustomFilter;
import de.opencrm.domain.savedview.ListState;
import de.opencrm.domain.savedview.SavedViewRow;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.ColumnToggleEvent;
import org.primefaces.model.Visibility;

/**
 * A list's columns and saved views: which columns show (chosen with the column toggler), and the
 * named states the user saved or was shared, applied to the list's model with one choice.
 */
public class ListViews implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String listName;
  private final String tableId;
  private final Map<String, Boolean> columns = new LinkedHashMap<>();
  private List<SavedViewRow> saved;
  private Long chosen;
  private String newName;
  private boolean newShared;

  /** The list, its table's client id, and its columns by id with whether they show at first. */
  public ListViews(String listName, String tableId, Map<String, Boolean> defaultColumns) {
    this.listName = listName;
    this.tableId = tableId;
    this.columns.putAll(defaultColumns);
  }

  public boolean visible(String column) {
    return columns.getOrDefault(column, true);
  }

  public void toggle(ColumnToggleEvent event) {
    String column =
        event.getColumn() instanceof UIComponent c ? c.getId() : String.valueOf(event.getData());
    if (columns.containsKey(column)) {
      columns.put(column, event.getVisibility() == Visibility.VISIBLE);
    }
  }

  public List<SavedViewRow> saved(SavedViewService service) {
    if (saved == null) {
      saved = service.savedViews(listName);
    }
    return saved;
  }

  /** Shows the chosen saved view: its search, tag, order and columns. */
  public void apply(SavedViewService service, PagedLazyDataModel<?> model) {
    saved(service).stream()
        .filter(v -> chosen != null && v.id() == chosen)
        .findFirst()
        .ifPresent(
            v -> {
              ListState state = v.state();
              model.setFilter(state.filter());
              model.getCriteria().clear();
              if (state.tag() != null) {
                model.getCriteria().put("tag", state.tag());
              }
              if (state.customField() != null) {
                model.getCriteria().put(CustomFilter.FIELD, state.customField().toString());
                model.getCriteria().put(CustomFilter.VALUE, state.customValue());
              }
              model.preferSort(state.sortField(), state.ascending());
              if (!state.columns().isEmpty()) {
                columns.replaceAll((column, shown) -> state.columns().contains(column));
              }
              DataTable table =
                  (DataTable)
                      FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
              if (table != null) {
                table.reset();
              }
            });
  }

  public void save(SavedViewService service, PagedLazyDataModel<?> model, FacesErrors errors) {
    try {
      List<String> shown = new ArrayList<>();
      columns.forEach(
          (column, show) -> {
            if (show) {
              shown.add(column);
            }
          });
      ListState state =
          new ListState(
              model.getFilter(),
              model.getCriteria().get("tag"),
              model.getSortField(),
              model.isAscending(),
              shown,
              customField(model.getCriteria().get(CustomFilter.FIELD)),
              model.getCriteria().get(CustomFilter.VALUE));
      chosen = service.saveView(listName, newName, state, newShared);
      saved = null;
      errors.info("view.saved", newName);
      newName = null;
      newShared = false;
      PrimeFaces.current().executeScript("PF('saveViewDialog').hide()");
    } catch (RuntimeException e) {
      errors.show(e, "saveViewForm");
    }
  }

  private static Long customField(String criterion) {
    return criterion == null || !criterion.matches("\\d{1,18}") ? null : Long.valueOf(criterion);
  }

  public void delete(SavedViewService service, FacesErrors errors) {
    if (chosen == null) {
      return;
    }
    try {
      service.deleteView(chosen);
      errors.info("view.deleted");
      chosen = null;
      saved = null;
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  /** Whether the chosen view may be deleted by the user: their own, or any for an admin. */
  public boolean mayDeleteChosen(SavedViewService service) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return saved(service).stream()
        .anyMatch(
            v ->
                chosen != null
                    && v.id() == chosen
                    && (external.isUserInRole("ADMIN")
                        || v.ownerUsername().equals(external.getRemoteUser())));
  }

  public Long getChosen() {
    return chosen;
  }

  public void setChosen(Long chosen) {
    this.chosen = chosen;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public boolean isNewShared() {
    return newShared;
  }

  public void setNewShared(boolean newShared) {
    this.newShared = newShared;
  }
}
