package de.opencrm.infrastructure.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A secret the CRM must read back (a webhook's shared secret), stored sealed by AES-GCM. */
@Converter
public class EncryptedTextConverter implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String text) {
    return text == null ? null : FieldKeys.cipher().encrypt(text);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return stored == null ? null : FieldKeys.cipher().decrypt(stored);
  }
}
