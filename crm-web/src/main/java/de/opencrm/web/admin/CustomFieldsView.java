package de.opencrm.web.admin;

import de.opencrm.application.customfield.CustomFieldForm;
import de.opencrm.application.customfield.CustomFieldService;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.customfield.CustomFieldRow;
import de.opencrm.domain.customfield.CustomFieldType;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The administrator's custom fields of companies or people: the list in form order, a dialog to add
 * or change one, removal of unused ones.
 */
@Named
@ViewScoped
public class CustomFieldsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "fieldForm";

  @Inject CustomFieldService fields;
  @Inject FacesErrors errors;

  private RecordRef.Kind kind = RecordRef.Kind.ACCOUNT;
  private List<CustomFieldRow> rows;
  private CustomFieldForm form = new CustomFieldForm();

  public List<CustomFieldRow> getRows() {
    if (rows == null) {
      rows = fields.allFields(kind);
    }
    return rows;
  }

  public void startNew() {
    form = new CustomFieldForm();
    form.setRecordKind(kind);
    form.setPosition(getRows().stream().mapToInt(CustomFieldRow::position).max().orElse(0) + 10);
  }

  public void startEdit(CustomFieldRow row) {
    try {
      form = fields.loadField(row.id());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void save() {
    try {
      fields.saveField(form);
      errors.info("customField.saved", form.getLabelDe());
      rows = null;
      PrimeFaces.current().executeScript("PF('fieldDialog').hide()");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void delete(CustomFieldRow row) {
    try {
      fields.deleteField(row.id());
      errors.info("customField.deleted", row.labelDe());
      rows = null;
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void kindChanged() {
    rows = null;
  }

  public RecordRef.Kind getKind() {
    return kind;
  }

  public void setKind(RecordRef.Kind kind) {
    this.kind = kind == null ? RecordRef.Kind.ACCOUNT : kind;
  }

  public List<RecordRef.Kind> getKinds() {
    return List.of(RecordRef.Kind.values());
  }

  public List<CustomFieldType> getTypes() {
    return List.of(CustomFieldType.values());
  }

  public CustomFieldForm getForm() {
    return form;
  }
}
