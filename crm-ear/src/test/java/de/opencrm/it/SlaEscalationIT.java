package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.opencrm.application.ticket.SlaEscalationService;
import de.opencrm.application.ticket.TicketDetail;
import de.opencrm.application.ticket.TicketForm;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.TicketPriority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SLA escalation on PostgreSQL and real SMTP: a new ticket carries its planned deadlines; when the
 * first response's target has passed (the clock moved forward in the database), the escalation
 * tells the managers by mail, raises the priority, notes what it did on the thread, marks the
 * target missed for the reports, and does not do it twice.
 */
@ExtendWith(ArquillianExtension.class)
class SlaEscalationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTestsAndLibraries(List.of(GreenMail.class), SlaEscalationIT.class);
  }

  @Inject TicketService tickets;
  @Inject SlaEscalationService escalation;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource database;

  private GreenMail smtp;
  private As service;

  @BeforeEach
  void start() {
    String port = System.getenv().getOrDefault("CRM_SMTP_PORT", "3025");
    smtp =
        new GreenMail(
            new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    service = As.user("service", "demo");
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private List<MimeMessage> mailsAbout(String word) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(word))
        .toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object[] slaColumns(long id) throws Exception {
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT first_response_due_at, next_escalation_at, first_response_escalation,"
                    + " first_response_breached FROM crm_ticket WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new Object[] {r.getTimestamp(1), r.getTimestamp(2), r.getInt(3), r.getBoolean(4)};
      }
    }
  }

  @Test
  void aMissedFirstResponseTellsTheManagersAndRaisesThePriorityOnce() throws Exception {
    String tag = TestData.letterTag();
    TicketForm form = new TicketForm();
    form.setSubject("Netzwerk " + tag + " ausgefallen");
    form.setPriority(TicketPriority.HIGH);
    form.setQueueId(service.call(() -> tickets.queues()).get(0).id());
    long id = service.call(() -> tickets.openTicket(form));
    Object[] planned = slaColumns(id);
    assertThat(planned[0]).as("first response due").isNotNull();
    assertThat(planned[1]).as("next escalation").isNotNull();

    // the clock moves on: both thresholds of the first response have passed
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE crm_ticket SET first_response_warn_at = CURRENT_TIMESTAMP - INTERVAL '2' HOUR,"
                    + " first_response_due_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR,"
                    + " next_escalation_at = CURRENT_TIMESTAMP - INTERVAL '2' HOUR WHERE id = ?")) {
      s.setLong(1, id);
      s.executeUpdate();
    }
    service.run(() -> escalation.escalateDue());

    TicketDetail escalated = service.call(() -> tickets.loadTicket(id));
    assertThat(escalated.priority()).isEqualTo(TicketPriority.URGENT);
    assertThat(escalated.thread())
        .filteredOn(e -> e.kind() == MessageKind.INTERNAL_NOTE)
        .singleElement()
        .satisfies(
            note ->
                assertThat(note.body())
                    .contains("SLA verletzt")
                    .contains("Teamleitung informiert"));
    List<MimeMessage> mails = mailsAbout(tag);
    assertThat(mails).isNotEmpty();
    assertThat(mails.get(0).getAllRecipients()[0].toString()).isEqualTo("manager@example.com");
    Object[] after = slaColumns(id);
    assertThat(after[2]).isEqualTo(2);
    assertThat(after[3]).isEqualTo(true);

    service.run(() -> escalation.escalateDue());
    assertThat(service.call(() -> tickets.loadTicket(id)).thread())
        .filteredOn(e -> e.kind() == MessageKind.INTERNAL_NOTE)
        .hasSize(1);
    assertThat(mailsAbout(tag)).hasSameSizeAs(mails);
  }
}
