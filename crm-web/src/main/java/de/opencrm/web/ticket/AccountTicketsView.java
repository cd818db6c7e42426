package de.opencrm.web.ticket;

import de.opencrm.application.ticket.TicketService;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.TicketRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A company's service tickets on its page, newest first, for everyone who reads tickets: the
 * salesperson sees what their customer is going through before calling them.
 */
@Named
@ViewScoped
public class AccountTicketsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  @Inject TicketService tickets;

  private String criterion;
  private Long recordId;
  private Page<TicketRow> page;

  /** The company's tickets. */
  public Page<TicketRow> of(Long account) {
    return read(TicketRepository.ACCOUNT, account);
  }

  /** The tickets the person raised. */
  public Page<TicketRow> ofPerson(Long contact) {
    return read(TicketRepository.CONTACT, contact);
  }

  private Page<TicketRow> read(String by, Long id) {
    if (id == null) {
      return new Page<>(List.of(), 0);
    }
    if (page == null || !id.equals(recordId) || !by.equals(criterion)) {
      criterion = by;
      recordId = id;
      page =
          tickets.listTickets(
              new PageRequest(0, SHOWN, "openedAt", false, null, Map.of(by, String.valueOf(id))));
    }
    return page;
  }
}
