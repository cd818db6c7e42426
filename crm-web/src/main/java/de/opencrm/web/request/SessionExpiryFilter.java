package de.opencrm.web.request;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * Notices on the way to the login page that the browser still holds a session the server has ended
 * (timeout, restart), so the login page can say why the user has to log in again. An ajax click
 * meets the login page only inside a redirect that ends the new session too, so the fact travels in
 * a short-lived cookie to the page the browser loads next, which reads and removes it.
 */
@WebFilter(
    urlPatterns = "/login.xhtml",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class SessionExpiryFilter extends HttpFilter {

  /** Request attribute the login page reads. */
  public static final String EXPIRED = "crmSessionExpired";

  private static final String NOTE = "crm_session_ended";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRemoteUser() == null) {
      if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
        request.setAttribute(EXPIRED, Boolean.TRUE);
        response.addCookie(note(request, "1", 120));
      } else if (hasNote(request)) {
        request.setAttribute(EXPIRED, Boolean.TRUE);
        response.addCookie(note(request, "", 0));
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean hasNote(HttpServletRequest request) {
    return request.getCookies() != null
        && Arrays.stream(request.getCookies()).anyMatch(c -> NOTE.equals(c.getName()));
  }

  private static Cookie note(HttpServletRequest request, String value, int maxAgeSeconds) {
    Cookie cookie = new Cookie(NOTE, value);
    cookie.setPath(request.getContextPath());
    cookie.setHttpOnly(true);
    cookie.setMaxAge(maxAgeSeconds);
    return cookie;
  }
}
