package de.opencrm.web.shell;

import de.opencrm.application.audit.AuditJournal;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.web.locale.LocaleSelection;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the session and returns to the login page, keeping the chosen language. {@code ?reason=idle}
 * is used by the idle monitor shortly before the server would expire the session anyway, so the
 * user is told why.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject AuditJournal journal;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Object locale = session == null ? null : session.getAttribute(LocaleSelection.SESSION_KEY);
    if (request.getRemoteUser() != null) {
      journal.recordSessionEvent(AuditAction.LOGOUT, request.getRemoteUser());
    }
    request.logout();
    if (session != null) {
      session.invalidate();
    }
    if (locale != null) {
      // a fresh session keeps the chosen language and replaces the ended one in the browser
      request.getSession(true).setAttribute(LocaleSelection.SESSION_KEY, locale);
    }
    String reason = "idle".equals(request.getParameter("reason")) ? "expired" : "loggedOut";
    response.sendRedirect(request.getContextPath() + "/login.xhtml?" + reason + "=true");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    doPost(request, response);
  }
}
