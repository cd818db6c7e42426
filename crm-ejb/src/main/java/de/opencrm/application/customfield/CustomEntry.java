package de.opencrm.application.customfield;

import de.opencrm.domain.customfield.CustomFieldRow;
import de.opencrm.domain.customfield.CustomValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One custom field on a company or person form: the field and what the user entered, in the
 * property its type uses (text for text and choice fields).
 */
public class CustomEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CustomFieldRow field;
  private String text;
  private BigDecimal number;
  private LocalDate date;
  private Boolean flag;

  public CustomEntry(CustomFieldRow field, CustomValue held) {
    this.field = field;
    if (held != null) {
      text = held.getText();
      number = held.getNumber();
      date = held.getDate();
      flag = held.getFlag();
    }
  }

  /** What the entry holds, as the record stores it. */
  public CustomValue value() {
    return switch (field.type()) {
      case TEXT, CHOICE -> CustomValue.ofText(text == null || text.isBlank() ? null : text.strip());
      case NUMBER -> CustomValue.ofNumber(number);
      case DATE -> CustomValue.ofDate(date);
      case YES_NO -> CustomValue.ofFlag(flag);
    };
  }

  /** The id of the form's input for this entry's type, for messages next to it. */
  public String inputId() {
    return switch (field.type()) {
      case TEXT -> "text";
      case NUMBER -> "number";
      case DATE -> "date";
      case YES_NO -> "flag";
      case CHOICE -> "choice";
    };
  }

  /**
   * The choices of a single-choice field; a held value whose choice the administrator removed stays
   * among them, so saving the form does not lose it.
   */
  public List<String> getOptions() {
    if (text == null || field.choices().contains(text)) {
      return field.choices();
    }
    List<String> options = new ArrayList<>(field.choices());
    options.add(text);
    return options;
  }

  public CustomFieldRow getField() {
    return field;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public BigDecimal getNumber() {
    return number;
  }

  public void setNumber(BigDecimal number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Boolean getFlag() {
    return flag;
  }

  public void setFlag(Boolean flag) {
    this.flag = flag;
  }
}
