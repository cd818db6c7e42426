package de.opencrm.web.api;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page for 400 (web.xml): a request the container or RESTEasy could not even read (a
 * Content-Type that is no media type, say) is answered as problem details under /api, and with the
 * friendly error page everywhere else.
 */
@WebServlet("/error/400")
public class UnreadableRequest extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri == null || !uri.toString().startsWith(request.getContextPath() + "/api/")) {
      request.getRequestDispatcher("/error/400.xhtml").forward(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(Problems.TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Bad Request")
                .add("status", 400)
                .add("detail", "The request could not be read (its URL or headers).")
                .build()
                .toString());
  }
}
