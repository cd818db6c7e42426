package de.opencrm.domain.erp;

import de.opencrm.integration.erp.ErpFileCheck.Code;
import de.opencrm.integration.erp.ErpRecord;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the fields of one delivered record by the contract's rules (the same as the schema's, so a
 * CSV file is held to what an XML file is): required or not, length, number, date, yes/no. Each
 * refusal names the field and the value.
 */
final class ErpFields {

  /** Debtor, invoice and document numbers. */
  static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9._/\\-]{1,40}");

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

  private final ErpRecord record;

  ErpFields(ErpRecord record) {
    this.record = record;
  }

  String number(String field) {
    String value = required(field, 40);
    if (!NUMBER.matcher(value).matches()) {
      throw invalid(field, value, "letters, digits and . _ / - only");
    }
    return value;
  }

  String required(String field, int maxLength) {
    String value = text(field, maxLength);
    if (value == null) {
      throw new ErpRecordInvalid(Code.INVALID, field + ": missing");
    }
    return value;
  }

  String text(String field, int maxLength) {
    String value = record.field(field);
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw invalid(field, stripped, "longer than " + maxLength + " characters");
    }
    return stripped;
  }

  String country(String field) {
    String value = text(field, 2);
    if (value != null && !COUNTRY.matcher(value).matches()) {
      throw invalid(field, value, "two capital letters (ISO 3166)");
    }
    return value;
  }

  String currency(String field) {
    String value = required(field, 3);
    if (!CURRENCY.matcher(value).matches()) {
      throw invalid(field, value, "three capital letters (ISO 4217)");
    }
    return value;
  }

  BigDecimal amount(String field) {
    String value = text(field, 40);
    if (value == null) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value);
      if (amount.scale() > 2 || amount.abs().compareTo(MAX_AMOUNT) > 0) {
        throw invalid(field, value, "at most 13 digits and 2 decimals");
      }
      return amount.setScale(2);
    } catch (NumberFormatException e) {
      throw invalid(field, value, "not a number with a decimal point");
    }
  }

  BigDecimal requiredAmount(String field) {
    BigDecimal amount = amount(field);
    if (amount == null) {
      throw new ErpRecordInvalid(Code.INVALID, field + ": missing");
    }
    return amount;
  }

  LocalDate date(String field) {
    String value = required(field, 10);
    try {
      return isoDigits(value)
          ? LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10))
          : LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw invalid(field, value, "not a date (YYYY-MM-DD)");
    }
  }

  /**
   * YYYY-MM-DD in ASCII digits, as nearly every date arrives: read without a formatter (a million
   * invoice dates cost a second of parsing through one).
   */
  private static boolean isoDigits(String value) {
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = value.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String value, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      number = number * 10 + value.charAt(i) - '0';
    }
    return number;
  }

  boolean flag(String field) {
    String value = text(field, 5);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw invalid(field, value, "true or false");
    };
  }

  static ErpRecordInvalid invalid(String field, String value, String rule) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    return new ErpRecordInvalid(Code.INVALID, field + " \"" + shown + "\": " + rule);
  }
}
