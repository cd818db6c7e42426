package de.opencrm.web.quote;

import de.opencrm.application.quote.QuoteService;
import de.opencrm.web.document.DocumentDownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a quote's PDF ({@code /opportunities/quote?id=…}) to whoever sees its opportunity, as an
 * attachment named by its number and version.
 */
@WebServlet("/opportunities/quote")
public class QuoteDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject QuoteService quotes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DocumentDownloadServlet.sendOrRefuse(
        response, () -> quotes.openQuote(Long.parseLong(request.getParameter("id"))));
  }
}
