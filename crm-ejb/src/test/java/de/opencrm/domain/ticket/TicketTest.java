package de.opencrm.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
