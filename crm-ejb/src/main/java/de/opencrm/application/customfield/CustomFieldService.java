package de.opencrm.application.customfield;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.customfield.CustomField;
import de.opencrm.domain.customfield.CustomFieldRepository;
import de.opencrm.domain.customfield.CustomFieldRow;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;

/**
 * Custom fields of companies and people: everyone working with the records reads the active ones;
 * only administrators define, change and remove them.
 */
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN
})
public class CustomFieldService {

  @Inject CustomFieldRepository fields;
  @Resource SessionContext context;

  /** The fields forms, lists, filters and exports show, in their order. */
  public List<CustomFieldRow> activeFields(@NotNull RecordRef.Kind kind) {
    return fields.forKind(kind).stream()
        .filter(CustomField::isActive)
        .map(CustomField::row)
        .toList();
  }

  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public List<CustomFieldRow> allFields(@NotNull RecordRef.Kind kind) {
    return fields.forKind(kind).stream().map(CustomField::row).toList();
  }

  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public CustomFieldForm loadField(long id) {
    CustomField field = find(id);
    CustomFieldForm form = new CustomFieldForm();
    form.setId(field.getId());
    form.setVersion(field.getVersion());
    form.setRecordKind(field.getRecordKind());
    form.setFieldKey(field.getFieldKey());
    form.setLabelDe(field.getLabelDe());
    form.setLabelEn(field.getLabelEn());
    form.setType(field.getType());
    form.setRequired(field.isRequired());
    form.setListed(field.isListed());
    form.setActive(field.isActive());
    form.setPosition(field.getPosition());
    form.setMaxLength(field.getMaxLength());
    form.setMinValue(field.getMinValue());
    form.setMaxValue(field.getMaxValue());
    form.setChoices(String.join("\n", field.choiceList()));
    return form;
  }

  /** Creates or changes a field; returns its id. A field's type changes only while unused. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public long saveField(@NotNull @Valid CustomFieldForm form) {
    Stamp stamp = Stamp.of(context);
    CustomField field;
    if (form.isNew()) {
      String key = Texts.trimToNull(form.getFieldKey());
      key = key == null ? CustomField.keyFor(form.getLabelDe()) : key;
      field = new CustomField(form.getRecordKind(), key, form.getType());
      if (fields.keyTaken(form.getRecordKind(), field.getFieldKey())) {
        throw BusinessException.onField("fieldKey", "customField.keyTaken", field.getFieldKey());
      }
    } else {
      field = find(form.getId());
      field.requireVersion(form.getVersion());
      if (field.getType() != form.getType()) {
        long used = fields.valueCount(field);
        if (used > 0) {
          throw BusinessException.onField("type", "customField.typeInUse", used);
        }
        field.retype(form.getType());
      }
    }
    field.describe(form.getLabelDe(), form.getLabelEn(), form.getPosition(), form.isListed());
    field.rules(
        form.isRequired(),
        form.getMaxLength(),
        form.getMinValue(),
        form.getMaxValue(),
        form.getChoices() == null ? List.of() : Arrays.asList(form.getChoices().split("\\R")));
    field.activate(form.isActive());
    if (form.isNew()) {
      field.recordCreation(stamp.user(), stamp.at());
      return fields.add(field).getId();
    }
    field.recordModification(stamp.user(), stamp.at());
    return field.getId();
  }

  /** Removes a field no record holds a value for; a used one is deactivated instead. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.DELETE)
  public void deleteField(long id) {
    CustomField field = find(id);
    long used = fields.valueCount(field);
    if (used > 0) {
      throw new BusinessException("customField.inUse", field.getLabelDe(), used);
    }
    fields.remove(field);
  }

  private CustomField find(long id) {
    return fields.findById(id).orElseThrow(() -> new BusinessException("customField.notFound"));
  }
}
