package de.opencrm.web.customfield;

import de.opencrm.domain.customfield.CustomFieldRow;
import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.web.format.Times;
import de.opencrm.web.page.FacesErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** A custom field's value as lists show it: numbers and dates in the user's language, ja/nein. */
@Named
@ApplicationScoped
public class CustomValueFormat {

  @Inject Times times;
  @Inject FacesErrors texts;

  /** The value a row holds in the field, or an empty text. */
  public String cell(Map<Long, CustomValue> values, CustomFieldRow field) {
    return text(field, values == null ? null : values.get(field.id()));
  }

  /** The value as the user reads it, or an empty text. */
  public String text(CustomFieldRow field, CustomValue value) {
    if (value == null) {
      return "";
    }
    return switch (field.type()) {
      case TEXT, CHOICE -> value.getText() == null ? "" : value.getText();
      case NUMBER -> number(value);
      case DATE -> times.date(value.getDate());
      case YES_NO ->
          value.getFlag() == null ? "" : texts.text(value.getFlag() ? "common.yes" : "common.no");
    };
  }

  private static String number(CustomValue value) {
    if (value.getNumber() == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(4);
    return format.format(value.getNumber());
  }
}
