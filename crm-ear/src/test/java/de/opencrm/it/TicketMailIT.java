package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import de.opencrm.application.ticket.TicketDetail;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.application.ticket.TicketSurveyService;
import de.opencrm.application.ticket.mail.MailIntakeService;
import de.opencrm.application.ticket.mail.ServiceMailbox;
import de.opencrm.application.ticket.mail.TicketMailSender;
import de.opencrm.application.ticket.mail.TicketReplyService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.ticket.DeliveryStatus;
import de.opencrm.domain.ticket.MailIntakeRow;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.TicketChannel;
import de.opencrm.domain.ticket.TicketRow;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.domain.ticket.mail.IntakeOutcome;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service mailbox against a real SMTP and IMAP server (GreenMail inside the test, on the ports
 * the server's sessions use): a customer's mail becomes a ticket assigned by the queue's policy;
 * the agent's reply reaches the customer threaded; the customer's answer joins the ticket and
 * reopens it; machines' mails and a sender's flood open nothing; a mail is taken once; a reply the
 * relay refuses stays pending with the reason and goes out on a later attempt.
 */
@ExtendWith(ArquillianExtension.class)
class TicketMailIT {

  private static final String SERVICE = ServiceMailServer.SERVICE;

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTestsAndLibraries(
        List.of(GreenMail.class), TicketMailIT.class, ServiceMailServer.class);
  }

  @Inject ServiceMailbox mailbox;
  @Inject MailIntakeService intake;
  @Inject TicketService tickets;
  @Inject TicketReplyService replies;
  @Inject TicketMailSender sender;
  @Inject TicketSurveyService surveys;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource database;

  private GreenMail mail;
  private Session smtp;
  private As service;

  @BeforeEach
  void startMailServer() {
    mail = ServiceMailServer.start();
    smtp = ServiceMailServer.customerSession();
    service = As.user("service", "demo");
  }

  @AfterEach
  void stopMailServer() {
    mail.stop();
  }

  private MimeMessage customerMail(String from, String subject, String text) throws Exception {
    MimeMessage m = new MimeMessage(smtp);
    m.setFrom(new InternetAddress(from, "Kundin " + from.substring(0, from.indexOf('@')), "UTF-8"));
    m.setRecipient(Message.RecipientType.TO, new InternetAddress(SERVICE));
    m.setSubject(subject, "UTF-8");
    m.setText(text, "UTF-8");
    return m;
  }

  private void send(MimeMessage m) throws Exception {
    Transport.send(m);
  }

  private void send(String from, String subject, Consumer<MimeMessage> headers) throws Exception {
    MimeMessage m = customerMail(from, subject, "Text zu " + subject);
    headers.accept(m);
    send(m);
  }

  private List<TicketRow> ticketsAbout(String words) throws Exception {
    return service
        .call(() -> tickets.listTickets(new PageRequest(0, 20, "openedAt", true, words)))
        .rows();
  }

  private List<MailIntakeRow> logOf(String sender) throws Exception {
    return service
        .call(() -> intake.listIntakes(new PageRequest(0, 50, null, true, sender)))
        .rows();
  }

  private List<MimeMessage> inboxOf(String address) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  private static String recipients(MimeMessage m) {
    try {
      return InternetAddress.toString(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the asynchronous sender (or the schedule). */
  private List<MimeMessage> awaitInbox(String address, int count) throws Exception {
    for (int i = 0; i < 100 && inboxOf(address).size() < count; i++) {
      Thread.sleep(100);
    }
    return inboxOf(address);
  }

  @Test
  void aMailBecomesATicketTheReplyIsThreadedAndTheAnswerReopensIt() throws Exception {
    String tag = TestData.letterTag();
    String customer = "anna." + tag.toLowerCase() + "@kunde.example";
    MimeMessage first =
        customerMail(customer, "Drucker " + tag + " druckt nicht", "Seit heute früh.");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Seit heute früh, siehe Protokoll.", "UTF-8");
    MimeBodyPart log = new MimeBodyPart();
    log.setText("Fehler 42", "UTF-8");
    log.setFileName("protokoll.txt");
    log.setDisposition(MimeBodyPart.ATTACHMENT);
    first.setContent(new MimeMultipart(text, log));
    send(first);
    String firstId =
        mail.getReceivedMessages()[mail.getReceivedMessages().length - 1].getMessageID();

    mailbox.read();
    List<TicketRow> found = ticketsAbout("Drucker " + tag);
    assertThat(found).hasSize(1);
    long id = found.get(0).id();
    TicketDetail opened = service.call(() -> tickets.loadTicket(id));
    assertThat(opened.channel()).isEqualTo(TicketChannel.EMAIL);
    assertThat(opened.status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(opened.assigneeName()).isNotNull();
    assertThat(opened.assignments()).hasSize(1);
    assertThat(opened.replyAddress()).isEqualTo(customer);
    assertThat(opened.thread()).hasSize(1);
    assertThat(opened.thread().get(0).kind()).isEqualTo(MessageKind.INBOUND_EMAIL);
    assertThat(opened.thread().get(0).files())
        .extracting(TicketDetail.File::name)
        .containsExactly("protokoll.txt");
    long fileId = opened.thread().get(0).files().get(0).id();
    assertThat(
            new String(
                service.call(() -> tickets.openAttachment(fileId)).content().readAllBytes(),
                "UTF-8"))
        .isEqualTo("Fehler 42");

    service.run(() -> replies.reply(id, opened.version(), "Bitte starten Sie ihn neu.", true));
    List<MimeMessage> received = awaitInbox(customer, 1);
    assertThat(received).hasSize(1);
    MimeMessage reply = received.get(0);
    assertThat(reply.getSubject())
        .isEqualTo("Re: [" + opened.number() + "] Drucker " + tag + " druckt nicht");
    assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(firstId);
    assertThat(reply.getHeader("References", null)).isEqualTo(firstId);
    assertThat(((InternetAddress) reply.getFrom()[0]).getAddress()).isEqualTo(SERVICE);
    TicketDetail waiting = service.call(() -> tickets.loadTicket(id));
    assertThat(waiting.status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
    assertThat(waiting.thread().get(1).delivery()).isEqualTo(DeliveryStatus.SENT);

    // the customer answers in their mail program: no number in the subject, only the headers
    send(customer, "Antwort", m -> header(m, "In-Reply-To", reply));
    mailbox.read();
    TicketDetail answered = service.call(() -> tickets.loadTicket(id));
    assertThat(answered.thread()).hasSize(3);
    assertThat(answered.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(ticketsAbout("Antwort")).extracting(TicketRow::id).doesNotContain(id);

    // and once more with the number in the subject only
    send(customer, "Nachtrag zu " + opened.number(), m -> {});
    mailbox.read();
    assertThat(service.call(() -> tickets.loadTicket(id)).thread()).hasSize(4);
  }

  private static void header(MimeMessage m, String name, MimeMessage answered) {
    try {
      m.setHeader(name, answered.getMessageID());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void machinesOpenNoTicketsAndAFloodIsHeldBack() throws Exception {
    String tag = TestData.letterTag();
    String robot = "robot." + tag.toLowerCase() + "@kunde.example";
    send(robot, "Abwesend " + tag, m -> setHeader(m, "Auto-Submitted", "auto-replied"));
    send(robot, "Newsletter " + tag, m -> setHeader(m, "Precedence", "bulk"));
    for (int i = 1; i <= 4; i++) {
      send(robot, "Flut " + tag + " " + i, m -> {});
    }
    mailbox.read();

    assertThat(ticketsAbout("Abwesend " + tag)).isEmpty();
    assertThat(ticketsAbout("Newsletter " + tag)).isEmpty();
    assertThat(ticketsAbout("Flut " + tag)).hasSize(3);
    assertThat(logOf(robot))
        .extracting(MailIntakeRow::outcome)
        .containsExactlyInAnyOrder(
            IntakeOutcome.AUTOMATIC_IGNORED,
            IntakeOutcome.AUTOMATIC_IGNORED,
            IntakeOutcome.NEW_TICKET,
            IntakeOutcome.NEW_TICKET,
            IntakeOutcome.NEW_TICKET,
            IntakeOutcome.THROTTLED);
    // the mailbox is read: nothing is offered again
    assertThat(mailbox.read()).isEmpty();
  }

  private static void setHeader(MimeMessage m, String name, String value) {
    try {
      m.setHeader(name, value);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aHugeMailIsLoggedNotRead() throws Exception {
    String tag = TestData.letterTag();
    String from = "gross." + tag.toLowerCase() + "@kunde.example";
    send(customerMail(from, "Riesig " + tag, "x".repeat(1_200_000)));
    mailbox.read();
    assertThat(ticketsAbout("Riesig " + tag)).isEmpty();
    assertThat(logOf(from))
        .extracting(MailIntakeRow::outcome)
        .containsExactly(IntakeOutcome.TOO_LARGE);
  }

  @Test
  void aReplyTheRelayRefusesStaysPendingAndGoesOutLater() throws Exception {
    String tag = TestData.letterTag();
    String customer = "bernd." + tag.toLowerCase() + "@kunde.example";
    send(customer, "Rechnung " + tag, m -> {});
    mailbox.read();
    long id = ticketsAbout("Rechnung " + tag).get(0).id();
    long version = service.call(() -> tickets.loadTicket(id)).version();

    mail.stop();
    service.run(() -> replies.reply(id, version, "Wir prüfen die Rechnung.", false));
    TicketDetail.Entry pending = awaitDelivery(id, e -> e.attempts() >= 1);
    assertThat(pending.delivery()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(pending.lastError()).isNotBlank();
    assertThat(pending.nextAttemptAt()).isAfter(pending.at());

    startMailServer();
    // the next attempt's time has come
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE crm_ticket_message SET next_attempt_at = CURRENT_TIMESTAMP WHERE id = ?")) {
      s.setLong(1, pending.id());
      s.executeUpdate();
    }
    sender.sendDue();
    assertThat(awaitInbox(customer, 1)).hasSize(1);
    assertThat(awaitDelivery(id, e -> e.delivery() == DeliveryStatus.SENT).attempts()).isEqualTo(2);
  }

  @Test
  void aSolvedTicketAsksOnceForSatisfactionAnsweredOnce() throws Exception {
    String tag = TestData.letterTag();
    String customer = "dora." + tag.toLowerCase() + "@kunde.example";
    send(customer, "Passwort " + tag + " vergessen", m -> {});
    mailbox.read();
    long id = ticketsAbout("Passwort " + tag).get(0).id();
    long version = service.call(() -> tickets.loadTicket(id)).version();
    service.run(() -> tickets.changeStatus(id, version, TicketStatus.SOLVED));
    List<MimeMessage> asked = awaitInbox(customer, 1);
    assertThat(asked).hasSize(1);
    String text = String.valueOf(asked.get(0).getContent());
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(text);
    assertThat(link.find()).isTrue();
    String token = link.group(1);

    assertThat(surveys.openSurvey(token))
        .hasValueSatisfying(q -> assertThat(q.answered()).isFalse());
    assertThat(surveys.openSurvey("falsch")).isEmpty();
    assertThatThrownBy(() -> surveys.answerSurvey(token, 6, null, null))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "survey.csatRequired");
    surveys.answerSurvey(token, 2, 3, "Hat lange gedauert");
    assertThatThrownBy(() -> surveys.answerSurvey(token, 5, 10, null))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "survey.answered");
    TicketDetail.Survey answer = service.call(() -> tickets.loadTicket(id)).survey();
    assertThat(answer.csat()).isEqualTo(2);
    assertThat(answer.nps()).isEqualTo(3);
    assertThat(answer.comment()).isEqualTo("Hat lange gedauert");

    // reopened and solved again: no second survey
    long solved = service.call(() -> tickets.loadTicket(id)).version();
    service.run(() -> tickets.changeStatus(id, solved, TicketStatus.IN_PROGRESS));
    long again = service.call(() -> tickets.loadTicket(id)).version();
    service.run(() -> tickets.changeStatus(id, again, TicketStatus.SOLVED));
    Thread.sleep(1000);
    assertThat(inboxOf(customer)).hasSize(1);
  }

  private TicketDetail.Entry awaitDelivery(
      long id, java.util.function.Predicate<TicketDetail.Entry> done) throws Exception {
    TicketDetail.Entry reply = null;
    for (int i = 0; i < 100; i++) {
      reply =
          service.call(() -> tickets.loadTicket(id)).thread().stream()
              .filter(e -> e.kind() == MessageKind.OUTBOUND_EMAIL)
              .findFirst()
              .orElseThrow();
      if (done.test(reply)) {
        return reply;
      }
      Thread.sleep(100);
    }
    return reply;
  }
}
