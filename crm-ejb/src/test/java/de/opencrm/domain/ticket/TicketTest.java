package de.opencrm.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.NumberRange;
import de.opencrm.domain.ticket.sla.Pause;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TicketTest {

  private static final Instant OPENED = Instant.parse("2026-11-23T08:00:00Z");

  private static Ticket ticket() {
    return new Ticket(
        "T-2026-000001",
        "Drucker druckt nicht",
        TicketChannel.PHONE,
        TicketPriority.HIGH,
        null,
        OPENED);
  }

  @Test
  void waitingOnTheCustomerIsRecordedAsAPauseThatEndsWhenWorkGoesOn() {
    Ticket ticket = ticket();
    ticket.changeStatus(TicketStatus.WAITING_ON_CUSTOMER, OPENED.plusSeconds(3600));
    assertThat(ticket.pauses()).containsExactly(Pause.since(OPENED.plusSeconds(3600)));

    ticket.changeStatus(TicketStatus.IN_PROGRESS, OPENED.plusSeconds(7200));
    assertThat(ticket.pauses())
        .containsExactly(new Pause(OPENED.plusSeconds(3600), OPENED.plusSeconds(7200)));
  }

  @Test
  void solvedMayBeOpenedAgainButClosedStaysClosed() {
    Ticket ticket = ticket();
    ticket.changeStatus(TicketStatus.SOLVED, OPENED.plusSeconds(60));
    assertThat(ticket.getSolvedAt()).isEqualTo(OPENED.plusSeconds(60));
    ticket.changeStatus(TicketStatus.IN_PROGRESS, OPENED.plusSeconds(120));
    assertThat(ticket.getSolvedAt()).isNull();
    ticket.changeStatus(TicketStatus.CLOSED, OPENED.plusSeconds(180));
    assertThat(ticket.getSolvedAt()).isEqualTo(OPENED.plusSeconds(180));
    assertThatThrownBy(() -> ticket.changeStatus(TicketStatus.IN_PROGRESS, OPENED))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "ticket.statusNotAllowed");
  }

  @Test
  void onlyTheFirstAnswerMeetsTheFirstResponse() {
    Ticket ticket = ticket();
    ticket.responded(OPENED.plusSeconds(600));
    ticket.responded(OPENED.plusSeconds(900));
    assertThat(ticket.getFirstResponseAt()).isEqualTo(OPENED.plusSeconds(600));
  }

  @Test
  void ticketNumbersCountThroughTheYearWithSixDigits() {
    NumberRange range = new NumberRange(NumberRange.TICKET, 2026, 122);
    assertThat(TicketNumber.text(range.next(LocalDate.of(2026, 11, 24))))
        .isEqualTo("T-2026-000123");
  }

  @Test
  void aCustomersAnswerReopensAWaitingOrSolvedTicketButNotAClosedOne() {
    Ticket waiting = ticket();
    waiting.changeStatus(TicketStatus.WAITING_ON_CUSTOMER, OPENED.plusSeconds(60));
    waiting.customerAnswered(OPENED.plusSeconds(600));
    assertThat(waiting.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(waiting.pauses())
        .containsExactly(new Pause(OPENED.plusSeconds(60), OPENED.plusSeconds(600)));

    Ticket solved = ticket();
    solved.changeStatus(TicketStatus.SOLVED, OPENED.plusSeconds(60));
    solved.customerAnswered(OPENED.plusSeconds(600));
    assertThat(solved.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(solved.getSolvedAt()).isNull();

    Ticket closed = ticket();
    closed.changeStatus(TicketStatus.CLOSED, OPENED.plusSeconds(60));
    closed.customerAnswered(OPENED.plusSeconds(600));
    assertThat(closed.getStatus()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void repliesGoToWhoWroteInElseToThePerson() {
    Ticket ticket = ticket();
    assertThat(ticket.replyAddress()).isNull();
    ticket.requestedBy("anna@kunde.de", "Anna Kunde");
    assertThat(ticket.replyAddress()).isEqualTo("anna@kunde.de");
    assertThat(ticket.customerName()).isEqualTo("Anna Kunde");
  }

  @Test
  void aReplyIsTriedAgainUntilTheRelayTakesItOrGivenUpAndSentAgainByHand() {
    Ticket ticket = ticket();
    MailHeaders headers =
        new MailHeaders("r1@firma.de", "service@firma.de", "anna@kunde.de", "Re: x", null, null);
    TicketMessage reply = TicketMessage.reply(ticket, null, "Hallo", headers, OPENED);
    assertThat(reply.isDue(OPENED)).isTrue();

    reply.deliveryFailed("connection refused", OPENED);
    assertThat(reply.getDelivery()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(reply.isDue(OPENED.plusSeconds(30))).isFalse();
    assertThat(reply.isDue(OPENED.plusSeconds(60))).isTrue();

    for (int i = 1; i < de.opencrm.domain.ticket.mail.DeliveryRetry.MAX_ATTEMPTS; i++) {
      reply.deliveryFailed("connection refused", OPENED);
    }
    assertThat(reply.getDelivery()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(reply.isDue(OPENED.plusSeconds(86_400))).isFalse();
    assertThat(reply.getLastError()).isEqualTo("connection refused");

    reply.sendAgain(OPENED.plusSeconds(7200));
    assertThat(reply.isDue(OPENED.plusSeconds(7200))).isTrue();
    reply.delivered(OPENED.plusSeconds(7201));
    assertThat(reply.getDelivery()).isEqualTo(DeliveryStatus.SENT);
    assertThat(reply.getLastError()).isNull();
    assertThatThrownBy(() -> reply.sendAgain(OPENED)).isInstanceOf(BusinessException.class);
  }

  @Test
  void aCompanysBoughtServiceLevelRaisesTheTierButNeverLowersIt() {
    Account premium = new Account("Rheinland Logistik", new User("sales", "$2a$10$hash", OPENED));
    premium.serviceLevel(CustomerTier.PREMIUM);
    Ticket mail = ticket();
    mail.concern(premium, null);
    mail.tier(null);
    assertThat(mail.getTier()).isEqualTo(CustomerTier.PREMIUM);

    Ticket call = ticket();
    call.concern(new Account("Weber Software", new User("sales2", "$2a$10$hash", OPENED)), null);
    call.tier(CustomerTier.PREMIUM);
    assertThat(call.getTier()).isEqualTo(CustomerTier.PREMIUM);
    call.tier(CustomerTier.STANDARD);
    assertThat(call.getTier()).isEqualTo(CustomerTier.STANDARD);
  }
}
