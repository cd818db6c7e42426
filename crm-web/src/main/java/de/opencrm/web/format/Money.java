package de.opencrm.web.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts as the user reads them: in their language's number format with the currency's sign
 * (1.234,56 € in German, €1,234.56 in English); a currency the JDK does not know shows its code.
 */
@Named
@ApplicationScoped
public class Money {

  public String format(BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    // the language alone has no currency sign conventions; German amounts are written as in Germany
    Locale locale = "de".equals(language.getLanguage()) ? Locale.GERMANY : Locale.UK;
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    try {
      format.setCurrency(Currency.getInstance(currency == null ? "EUR" : currency));
    } catch (IllegalArgumentException unknown) {
      NumberFormat plain = NumberFormat.getNumberInstance(locale);
      plain.setMinimumFractionDigits(2);
      plain.setMaximumFractionDigits(2);
      return plain.format(amount) + " " + currency;
    }
    return format.format(amount);
  }
}
