package de.opencrm.web.savedview;

import de.opencrm.application.customfield.CustomFieldService;
import de.opencrm.application.savedview.SavedViewService;
import de.opencrm.application.tag.MassUpdateService;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.customfield.CustomFieldRow;
import de.opencrm.domain.customfield.CustomFilter;
import de.opencrm.domain.savedview.SavedViewRow;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import de.opencrm.web.tag.MassEdit;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  @Inject CustomFieldService customFieldService;

  private final MassEdit massEdit;
  private final ListViews views;
  private final ToLongFunction<R> rowId;
  private List<R> selected = new ArrayList<>();
  private boolean wholeFilter;
  private Long matchingCount;
  private final RecordRef.Kind kind;
  private final CustomFilterInput customFilter = new CustomFilterInput();
  private List<CustomFieldRow> customFields;

  protected RecordListView(
      RecordRef.Kind kind,
      String listName,
      String tableId,
      Map<String, Boolean> columns,
      ToLongFunction<R> rowId) {
    this.massEdit = new MassEdit(kind);
    this.views = new ListViews(listName, tableId, columns);
    this.rowId = rowId;
    this.kind = kind;
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

  /** Applies the selection dialog to the ticked rows, or to everything the list matches. */
  public void applyMassEdit() {
    boolean changed =
        wholeFilter
            ? massEdit.applyToMatching(massUpdates, getModel().selection(), errors)
            : massEdit.apply(
                massUpdates, selected.stream().map(r -> rowId.applyAsLong(r)).toList(), errors);
    if (changed) {
      selected = new ArrayList<>();
      wholeFilter = false;
    }
  }

  /** Whether the dialog changes everything the list's filter matches, not only the ticked rows. */
  public boolean isWholeFilter() {
    return wholeFilter;
  }

  public void setWholeFilter(boolean wholeFilter) {
    this.wholeFilter = wholeFilter;
  }

  /** Opening the selection dialog: how many records the list's filter matches now. */
  public void openMassEdit() {
    wholeFilter = false;
    matchingCount = massUpdates.countMatching(kind, getModel().selection());
  }

  /** What the filter matched when the dialog opened; null before. */
  public Long getMatchingCount() {
    return matchingCount;
  }

  public ListViews getViews() {
    return views;
  }

  public List<SavedViewRow> getSavedViews() {
    return views.saved(savedViews);
  }

  public void applyView() {
    views.apply(savedViews, getModel());
    String chosenField = getModel().getCriteria().get(CustomFilter.FIELD);
    CustomFieldRow field =
        getCustomFields().stream()
            .filter(f -> String.valueOf(f.id()).equals(chosenField))
            .findFirst()
            .orElse(null);
    customFilter.show(field, getModel().getCriteria().get(CustomFilter.VALUE));
  }

  /** The active custom fields of the list's records, in their order. */
  public List<CustomFieldRow> getCustomFields() {
    if (customFields == null) {
      customFields = customFieldService.activeFields(kind);
    }
    return customFields;
  }

  /** The custom fields the list shows as columns. */
  public List<CustomFieldRow> getListedFields() {
    return getCustomFields().stream().filter(CustomFieldRow::listed).toList();
  }

  public CustomFilterInput getCustomFilter() {
    return customFilter;
  }

  /** The field the custom filter is on, or null. */
  public CustomFieldRow getFilterField() {
    return getCustomFields().stream()
        .filter(f -> customFilter.getFieldId() != null && f.id() == customFilter.getFieldId())
        .findFirst()
        .orElse(null);
  }

  /** Another field chosen: its inputs start empty and the list is no longer filtered by it. */
  public void chooseFilterField() {
    customFilter.clearValues();
    applyCustomFilter();
  }

  /** Restricts the list to the records whose custom field matches the inputs. */
  public void applyCustomFilter() {
    CustomFieldRow field = getFilterField();
    String value = customFilter.criterion(field);
    if (value == null) {
      getModel().getCriteria().remove(CustomFilter.FIELD);
      getModel().getCriteria().remove(CustomFilter.VALUE);
    } else {
      getModel().getCriteria().put(CustomFilter.FIELD, String.valueOf(field.id()));
      getModel().getCriteria().put(CustomFilter.VALUE, value);
    }
  }

  /** The user's language, in which exports name the custom fields and write yes and no. */
  protected Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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
