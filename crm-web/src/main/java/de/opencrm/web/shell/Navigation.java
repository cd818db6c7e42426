package de.opencrm.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The menu of the current request's user. */
@Named
@RequestScoped
public class Navigation {

  @Inject ExternalContext external;

  private List<NavigationItem> items;

  public List<NavigationItem> getItems() {
    if (items == null) {
      items = NavigationItem.visibleTo(role -> external.isUserInRole(role.name()));
    }
    return items;
  }

  /** Whether the given item is the page being shown, for aria-current. */
  public boolean isCurrent(NavigationItem item) {
    return item.getPath().equals(external.getRequestServletPath());
  }
}
