package de.opencrm.web.ticket;

import de.opencrm.application.ticket.mail.MailIntakeService;
import de.opencrm.domain.ticket.MailIntakeRow;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The service mailbox's log, newest first: every mail read, what became of it (a new ticket, an
 * answer on one, a machine's mail left alone, held back, too large, unreadable) and why.
 */
@Named
@ViewScoped
public class MailboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MailIntakeService intake;

  private PagedLazyDataModel<MailIntakeRow> model;

  @PostConstruct
  void init() {
    model = PagedLazyDataModel.ofPages(intake::listIntakes, MailIntakeRow::id);
  }

  public PagedLazyDataModel<MailIntakeRow> getModel() {
    return model;
  }
}
