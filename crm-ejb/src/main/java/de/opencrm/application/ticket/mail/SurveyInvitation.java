package de.opencrm.application.ticket.mail;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.ticket.MailHeaders;
import de.opencrm.domain.ticket.ReplyHeaders;
import de.opencrm.domain.ticket.SurveyToken;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.TicketSurvey;
import de.opencrm.domain.ticket.TicketSurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the customer of a solved ticket how satisfied they are: once per ticket, when an e-mail
 * address is known, by a mail on the thread (sent and retried like a reply) with the survey link.
 */
@ApplicationScoped
public class SurveyInvitation {

  @Inject TicketRepository tickets;
  @Inject TicketSurveyRepository surveys;
  @Inject ServiceMailSettings settings;
  @Inject Event<ReplyQueued> queued;

  @Inject
  @ConfigProperty(name = "crm.base-url", defaultValue = "http://localhost:8080/crm")
  String baseUrl;

  /**
   * Sends the survey of the solved ticket unless it went out before or nobody can be written to.
   */
  public void invite(Ticket ticket, Stamp stamp) {
    String to = ticket.replyAddress();
    if (to == null || surveys.surveyOf(ticket.getId()).isPresent()) {
      return;
    }
    String token = SurveyToken.random();
    surveys.addSurvey(new TicketSurvey(ticket, token, stamp.at()));
    String link = baseUrl.replaceAll("/+$", "") + "/survey/answer.xhtml?token=" + token;
    MailHeaders headers =
        ReplyHeaders.of(
            ticket, tickets.messages(ticket.getId()), settings.address(), to, UUID.randomUUID());
    TicketMessage mail = TicketMessage.reply(ticket, null, text(ticket, link), headers, stamp.at());
    mail.recordCreation(stamp.user(), stamp.at());
    tickets.addMessage(mail);
    queued.fire(new ReplyQueued(mail.getId()));
  }

  private String text(Ticket ticket, String link) {
    String name = ticket.customerName();
    return (name == null ? "Guten Tag," : "Guten Tag " + name + ",")
        + "\n\nIhr Anliegen „"
        + ticket.getSubject()
        + "“ ("
        + ticket.getNumber()
        + ") ist gelöst. Wie zufrieden sind Sie mit unserer Hilfe? Zwei Klicks genügen:\n\n"
        + link
        + "\n\nVielen Dank!\n"
        + settings.name()
        + "\n\n-- \nYour request "
        + ticket.getNumber()
        + " is solved. How satisfied are you with our help? Tell us here: "
        + link
        + "\n";
  }
}
