package de.opencrm.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * Which tab of a record page is open: the one the address names ({@code ?tab=documents}), so a link
 * can open a tab directly, else the page's first. Switching tabs in the page needs no request; the
 * script keeps the address in step so it can be bookmarked or shared.
 */
@Named
@RequestScoped
public class RecordTabs {

  private static final Pattern NAME = Pattern.compile("[a-z]{1,20}");

  @Inject ExternalContext external;

  private String asked;
  private boolean read;

  /** Whether the tab is open when the page loads. */
  public boolean shows(String name, String first) {
    String tab = asked();
    return tab == null ? name.equals(first) : name.equals(tab);
  }

  private String asked() {
    if (!read) {
      String tab = external.getRequestParameterMap().get("tab");
      asked = tab != null && NAME.matcher(tab).matches() ? tab : null;
      read = true;
    }
    return asked;
  }
}
