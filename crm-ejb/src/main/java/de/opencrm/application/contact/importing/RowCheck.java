package de.opencrm.application.contact.importing;

import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.importing.ImportField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;

/**
 * Bean Validation of a form filled from a row, its first complaint said in the importer's words:
 * the field as the wizard names it and the value from the file.
 */
final class RowCheck {

  private static final Map<String, ImportField> FIELDS =
      Map.ofEntries(
          Map.entry("title", ImportField.TITLE),
          Map.entry("firstName", ImportField.FIRST_NAME),
          Map.entry("lastName", ImportField.LAST_NAME),
          Map.entry("position", ImportField.POSITION),
          Map.entry("email", ImportField.EMAIL),
          Map.entry("phone", ImportField.PHONE),
          Map.entry("street", ImportField.STREET),
          Map.entry("postalCode", ImportField.POSTAL_CODE),
          Map.entry("city", ImportField.CITY),
          Map.entry("country", ImportField.COUNTRY),
          Map.entry("birthday", ImportField.BIRTHDAY),
          Map.entry("name", ImportField.COMPANY),
          Map.entry("vatId", ImportField.VAT_ID),
          Map.entry("erpDebtorNumber", ImportField.ERP_NUMBER),
          Map.entry("industry", ImportField.INDUSTRY),
          Map.entry("website", ImportField.WEBSITE));

  private RowCheck() {}

  static <T> void requireValid(Validator validator, T form) {
    Optional<ConstraintViolation<T>> invalid = validator.validate(form).stream().findFirst();
    if (invalid.isEmpty()) {
      return;
    }
    ConstraintViolation<T> violation = invalid.get();
    String value = String.valueOf(violation.getInvalidValue());
    String path = violation.getPropertyPath().toString();
    String field =
        Optional.ofNullable(FIELDS.get(path)).map(f -> "import.field." + f.name()).orElse(path);
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    throw switch (violation
        .getConstraintDescriptor()
        .getAnnotation()
        .annotationType()
        .getSimpleName()) {
      case "Email" -> new BusinessException("import.badEmail", value);
      case "NotBlank", "NotNull" -> new BusinessException("import.required", field);
      case "Size" -> new BusinessException("import.tooLong", value, attributes.get("max"));
      default -> new BusinessException("import.invalidField", field, value, violation.getMessage());
    };
  }
}
