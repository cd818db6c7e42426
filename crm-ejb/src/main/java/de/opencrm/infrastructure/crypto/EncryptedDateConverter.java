package de.opencrm.infrastructure.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/** A date of personal data (a birthday) stored encrypted, as an ISO date sealed by AES-GCM. */
@Converter
public class EncryptedDateConverter implements AttributeConverter<LocalDate, String> {

  @Override
  public String convertToDatabaseColumn(LocalDate date) {
    return date == null ? null : FieldKeys.cipher().encrypt(date.toString());
  }

  @Override
  public LocalDate convertToEntityAttribute(String stored) {
    return stored == null ? null : LocalDate.parse(FieldKeys.cipher().decrypt(stored));
  }
}
