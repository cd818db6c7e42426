package de.opencrm.web.shell;

import de.opencrm.application.admin.MyAccountService;
import de.opencrm.application.admin.Profile;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/** The logged-in user's profile, loaded once per session and refreshed after they change it. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MyAccountService account;

  private Profile profile;

  public Profile getProfile() {
    if (profile == null) {
      profile = account.currentProfile();
    }
    return profile;
  }

  /**
   * When the idle monitor leaves: a minute before the server would end the session (at least half a
   * minute), so the user learns on the login page why they were logged out instead of meeting an
   * expired view.
   */
  public long getIdleLogoutMillis() {
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    long seconds = session.getMaxInactiveInterval();
    return Math.max(30, seconds - 60) * 1000L;
  }

  public void refresh() {
    profile = null;
  }
}
