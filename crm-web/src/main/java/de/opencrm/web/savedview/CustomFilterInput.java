package de.opencrm.web.savedview;

import de.opencrm.domain.customfield.CustomFieldRow;
import de.opencrm.domain.customfield.CustomFilter;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The list's filter on one custom field as the user enters it, in the inputs its type needs (a
 * text, yes or no, or a range of numbers or dates), and as the list criterion it stands for.
 */
public class CustomFilterInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long fieldId;
  private String text;
  private Boolean flag;
  private BigDecimal fromNumber;
  private BigDecimal toNumber;
  private LocalDate fromDate;
  private LocalDate toDate;

  /** The criterion value for the field, or null when the inputs restrict nothing. */
  public String criterion(CustomFieldRow field) {
    if (field == null) {
      return null;
    }
    return switch (field.type()) {
      case TEXT, CHOICE -> text == null || text.isBlank() ? null : text.strip();
      case YES_NO -> flag == null ? null : flag.toString();
      case NUMBER -> CustomFilter.range(fromNumber, toNumber);
      case DATE -> CustomFilter.range(fromDate, toDate);
    };
  }

  /** Fills the inputs from a criterion, e.g. of a saved view. */
  public void show(CustomFieldRow field, String criterion) {
    clearValues();
    fieldId = field == null ? null : field.id();
    CustomFilter.parse(field, criterion)
        .ifPresent(
            f -> {
              text = f.text();
              flag = f.flag();
              fromNumber = f.fromNumber();
              toNumber = f.toNumber();
              fromDate = f.fromDate();
              toDate = f.toDate();
            });
  }

  public void clearValues() {
    text = null;
    flag = null;
    fromNumber = null;
    toNumber = null;
    fromDate = null;
    toDate = null;
  }

  public Long getFieldId() {
    return fieldId;
  }

  public void setFieldId(Long fieldId) {
    this.fieldId = fieldId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Boolean getFlag() {
    return flag;
  }

  public void setFlag(Boolean flag) {
    this.flag = flag;
  }

  public BigDecimal getFromNumber() {
    return fromNumber;
  }

  public void setFromNumber(BigDecimal fromNumber) {
    this.fromNumber = fromNumber;
  }

  public BigDecimal getToNumber() {
    return toNumber;
  }

  public void setToNumber(BigDecimal toNumber) {
    this.toNumber = toNumber;
  }

  public LocalDate getFromDate() {
    return fromDate;
  }

  public void setFromDate(LocalDate fromDate) {
    this.fromDate = fromDate;
  }

  public LocalDate getToDate() {
    return toDate;
  }

  public void setToDate(LocalDate toDate) {
    this.toDate = toDate;
  }
}
