package de.opencrm.web.format;

import de.opencrm.application.common.CompanyTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * Dates and times as the user reads them: on the company's clock, in the pattern of their language
 * (the bundle's format.date and format.dateTime, the same the date pickers use).
 */
@Named
@ApplicationScoped
public class Times {

  @Inject CompanyTime time;

  public String dateTime(Instant instant) {
    return instant == null ? "" : formatter("format.dateTime").format(time.local(instant));
  }

  public String date(LocalDate date) {
    return date == null ? "" : formatter("format.date").format(date);
  }

  public LocalDate getToday() {
    return time.today();
  }

  public Instant getNow() {
    return time.now();
  }

  private static DateTimeFormatter formatter(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return DateTimeFormatter.ofPattern(bundle.getString(key), faces.getViewRoot().getLocale());
  }
}
