package de.opencrm.web.ticket;

import de.opencrm.application.ticket.QueueOption;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.TicketRow;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The queue view: open tickets oldest first, a page at a time, by queue, status and agent ("my
 * tickets"), searched by number, subject or company.
 */
@Named
@ViewScoped
public class TicketsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketService tickets;

  private PagedLazyDataModel<TicketRow> model;
  private List<QueueOption> queues;
  private String mine;

  @PostConstruct
  void init() {
    model = PagedLazyDataModel.ofPages(tickets::listTickets, TicketRow::id);
    model.preferSort("openedAt", true);
    model.getCriteria().put(TicketRepository.STATUS, TicketRepository.OPEN);
    queues = tickets.queues();
  }

  /** The page's parameter: "me" shows the caller's tickets. */
  public void applyOwner() {
    if (TicketService.MINE.equals(mine)) {
      model.getCriteria().put(TicketRepository.ASSIGNEE, TicketService.MINE);
    }
  }

  /** Whether the queue holds more than the list counts: the pages go on beyond the last shown. */
  public boolean isCountCapped() {
    return Page.isCapped(model.getRowCount());
  }

  public int getCountLimit() {
    return Page.COUNT_LIMIT;
  }

  public PagedLazyDataModel<TicketRow> getModel() {
    return model;
  }

  public List<QueueOption> getQueues() {
    return queues;
  }

  public String getMine() {
    return mine;
  }

  public void setMine(String mine) {
    this.mine = mine;
  }
}
