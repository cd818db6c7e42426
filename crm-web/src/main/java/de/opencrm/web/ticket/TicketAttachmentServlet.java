package de.opencrm.web.ticket;

import de.opencrm.application.ticket.TicketService;
import de.opencrm.web.document.DocumentDownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a file that came with a ticket's mail ({@code /tickets/attachment?id=…}) to its readers.
 */
@WebServlet("/tickets/attachment")
public class TicketAttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TicketService tickets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DocumentDownloadServlet.sendOrRefuse(
        response, () -> tickets.openAttachment(Long.parseLong(request.getParameter("id"))));
  }
}
