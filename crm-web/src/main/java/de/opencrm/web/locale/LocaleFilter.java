package de.opencrm.web.locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Keeps the language chosen with the switcher ({@code ?lang=de|en} on any page, the login page
 * included) in the session. It also runs on the container's forward to the login page, where no
 * Faces action could.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LocaleFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Locale picked = LocaleSelection.supported(request.getParameter("lang"));
    if (picked != null) {
      request.getSession().setAttribute(LocaleSelection.SESSION_KEY, picked);
    }
    chain.doFilter(request, response);
  }
}
