package de.opencrm.web.locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The language a page is shown in: the one the user picked with the switcher (kept in the session
 * by {@link LocaleFilter}), else the first of the browser's languages the CRM speaks, else German.
 */
@Named("localeSelection")
@RequestScoped
public class LocaleSelection {

  public static final String SESSION_KEY = "crm.locale";
  static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

  @Inject ExternalContext external;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = chosen();
    }
    return locale;
  }

  public List<Locale> getSupported() {
    return SUPPORTED;
  }

  private Locale chosen() {
    Object picked = external.getSessionMap().get(SESSION_KEY);
    if (picked instanceof Locale l) {
      return l;
    }
    for (Iterator<Locale> it = external.getRequestLocales(); it.hasNext(); ) {
      Locale browser = it.next();
      for (Locale supported : SUPPORTED) {
        if (supported.getLanguage().equals(browser.getLanguage())) {
          return supported;
        }
      }
    }
    return Locale.GERMAN;
  }

  /** The supported locale for a {@code lang} parameter, or null when the CRM does not speak it. */
  static Locale supported(String lang) {
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(lang)).findFirst().orElse(null);
  }
}
