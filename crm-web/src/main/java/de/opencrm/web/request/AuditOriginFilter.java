package de.opencrm.web.request;

import de.opencrm.application.admin.DirectorySignIn;
import de.opencrm.application.admin.SignInOutcome;
import de.opencrm.application.audit.AuditJournal;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.audit.AuditOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Tells the audit journal where a request came from: through the UI (or, under /api, the REST API)
 * and from which address (the client's as the server sees it; behind a reverse proxy, WildFly's
 * proxy-address-forwarding makes it the original client's). It also writes logins and failed
 * logins: the container's FORM login forwards a failed attempt to the login page with {@code
 * error=true}, the typed user name still among the parameters; a session's first request with a
 * logged-in user is its login. At that login a user from the company directory gets or refreshes
 * their CRM user row ({@link DirectorySignIn}); one the CRM has deactivated is logged out again.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class AuditOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Marks a session whose login is in the journal. */
  static final String LOGIN_RECORDED = "crm.loginRecorded";

  @Inject AuditJournal journal;
  @Inject DirectorySignIn directory;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean forward = request.getDispatcherType() == DispatcherType.FORWARD;
    if (forward && AuditOrigin.current() != null) {
      // a forward within a request this filter already saw
      chain.doFilter(request, response);
      return;
    }
    // a failed FORM login reaches the filters only as the container's forward to the login page
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    AuditOrigin.set(api ? AuditChannel.API : AuditChannel.UI, request.getRemoteAddr());
    try {
      if (forward) {
        recordFailedLogin(request);
      } else if (!signedIn(request)) {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?refused=true");
        return;
      }
      chain.doFilter(request, response);
    } finally {
      AuditOrigin.clear();
    }
  }

  private void recordFailedLogin(HttpServletRequest request) {
    String typed = request.getParameter("j_username");
    if ("true".equals(request.getParameter("error")) && typed != null) {
      journal.recordSessionEvent(AuditAction.LOGIN_FAILED, typed);
    }
  }

  /**
   * Records a session's login and lets the CRM take the user on; false when the CRM refuses a user
   * the directory let in (deactivated here, or without a CRM group), whose session is then ended.
   */
  private boolean signedIn(HttpServletRequest request) throws ServletException {
    if (request.getRemoteUser() == null) {
      return true;
    }
    HttpSession session = request.getSession(false);
    if (session == null || session.getAttribute(LOGIN_RECORDED) != null) {
      return true;
    }
    SignInOutcome outcome = directory.signIn();
    if (outcome == SignInOutcome.DEACTIVATED || outcome == SignInOutcome.REFUSED) {
      journal.recordSessionEvent(AuditAction.LOGIN_FAILED, request.getRemoteUser());
      request.logout();
      session.invalidate();
      return false;
    }
    session.setAttribute(LOGIN_RECORDED, Boolean.TRUE);
    journal.recordSessionEvent(AuditAction.LOGIN, request.getRemoteUser());
    return true;
  }
}
