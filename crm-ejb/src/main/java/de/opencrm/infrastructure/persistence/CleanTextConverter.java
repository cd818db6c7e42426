package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.InputText;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text the CRM stores through JPA passes {@link InputText#clean}, whichever entrance it came
 * through (a form, an API, an import, a mail): the one place no entrance can forget. Texts read
 * back are returned as stored.
 */
@Converter(autoApply = true)
public class CleanTextConverter implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String text) {
    return InputText.clean(text);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return stored;
  }
}
