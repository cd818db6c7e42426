package de.opencrm.domain.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one record holds in one custom field. Only the part matching the field's type is set: text
 * for text and choice fields, a number, a date, or yes/no.
 */
@Embeddable
public class CustomValue implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_TEXT = 1000;

  @Column(name = "text_value", length = MAX_TEXT)
  private String text;

  @Column(name = "number_value", precision = 19, scale = 4)
  private BigDecimal number;

  @Column(name = "date_value")
  private LocalDate date;

  @Column(name = "flag_value")
  private Boolean flag;

  protected CustomValue() {}

  private CustomValue(String text, BigDecimal number, LocalDate date, Boolean flag) {
    this.text = text;
    this.number = number;
    this.date = date;
    this.flag = flag;
  }

  /** A value as read back from the database. */
  public static CustomValue held(String text, BigDecimal number, LocalDate date, Boolean flag) {
    return new CustomValue(text, number, date, flag);
  }

  public static CustomValue ofText(String text) {
    return new CustomValue(text, null, null, null);
  }

  public static CustomValue ofNumber(BigDecimal number) {
    return new CustomValue(null, number, null, null);
  }

  public static CustomValue ofDate(LocalDate date) {
    return new CustomValue(null, null, date, null);
  }

  public static CustomValue ofFlag(Boolean flag) {
    return new CustomValue(null, null, null, flag);
  }

  /** Whether nothing is held: an empty record field, which is not stored. */
  public boolean isEmpty() {
    return (text == null || text.isBlank()) && number == null && date == null && flag == null;
  }

  public String getText() {
    return text;
  }

  public BigDecimal getNumber() {
    return number;
  }

  public LocalDate getDate() {
    return date;
  }

  public Boolean getFlag() {
    return flag;
  }

  /** The value as a field of this type holds it, for exports: text, number, date or flag. */
  public Object of(CustomFieldType type) {
    return switch (type) {
      case TEXT, CHOICE -> text;
      case NUMBER -> number;
      case DATE -> date;
      case YES_NO -> flag;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomValue v
        && Objects.equals(text, v.text)
        && (number == null ? v.number == null : v.number != null && number.compareTo(v.number) == 0)
        && Objects.equals(date, v.date)
        && Objects.equals(flag, v.flag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, number == null ? null : number.stripTrailingZeros(), date, flag);
  }

  @Override
  public String toString() {
    return String.valueOf(
        text != null ? text : number != null ? number : date != null ? date : flag);
  }
}
