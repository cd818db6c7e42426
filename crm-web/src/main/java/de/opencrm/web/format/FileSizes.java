package de.opencrm.web.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/** A file's size as people read it (820 B, 14 KB, 2,3 MB) in the page's language. */
@Named
@ApplicationScoped
public class FileSizes {

  public String text(long bytes) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    if (bytes < 1_000) {
      return String.format(locale, "%d B", bytes);
    }
    if (bytes < 1_000_000) {
      return String.format(locale, "%d KB", Math.round(bytes / 1_000.0));
    }
    return String.format(locale, "%.1f MB", bytes / 1_000_000.0);
  }
}
