package de.opencrm.domain.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.ticket.SlaPolicy;
import de.opencrm.domain.ticket.SlaTracking;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketChannel;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.domain.ticket.sla.SlaEscalation.Action;
import de.opencrm.domain.ticket.sla.SlaEscalation.Target;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaEscalationTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final BusinessCalendar HOURS =
      BusinessCalendar.weekdays(BERLIN, LocalTime.of(8, 0), LocalTime.of(17, 0), day -> false);
  // Monday 23 November 2026, 08:00 in Berlin
  private static final Instant MONDAY_8 = Instant.parse("2026-11-23T07:00:00Z");
  private static final SlaPolicy HIGH =
      new SlaPolicy(TicketPriority.HIGH, CustomerTier.STANDARD, 60, 480, 75);

  private static Ticket ticket() {
    return new Ticket(
        "T-2026-000001", "Server steht", TicketChannel.EMAIL, TicketPriority.HIGH, null, MONDAY_8);
  }

  private static Instant at(int hour, int minute) {
    return MONDAY_8.plusSeconds((hour - 8) * 3600L + minute * 60L);
  }

  @Test
  void aWarningTellsTheAssigneeOrWithoutOneTheManagers() {
    assertThat(SlaEscalation.actions(SlaEscalation.WARNED, TicketPriority.NORMAL, true))
        .containsExactly(Action.NOTIFY_ASSIGNEE);
    assertThat(SlaEscalation.actions(SlaEscalation.WARNED, TicketPriority.NORMAL, false))
        .containsExactly(Action.NOTIFY_MANAGERS);
  }

  @Test
  void aBreachTellsTheManagersRaisesThePriorityAndReassignsWhenNobodyIsThere() {
    assertThat(SlaEscalation.actions(SlaEscalation.BREACHED, TicketPriority.NORMAL, true))
        .containsExactlyInAnyOrder(Action.NOTIFY_MANAGERS, Action.RAISE_PRIORITY);
    assertThat(SlaEscalation.actions(SlaEscalation.BREACHED, TicketPriority.URGENT, false))
        .containsExactlyInAnyOrder(Action.NOTIFY_MANAGERS, Action.REASSIGN);
    assertThat(SlaEscalation.raised(TicketPriority.LOW)).isEqualTo(TicketPriority.NORMAL);
    assertThat(SlaEscalation.raised(TicketPriority.HIGH)).isEqualTo(TicketPriority.URGENT);
    assertThat(SlaEscalation.raised(TicketPriority.URGENT)).isEqualTo(TicketPriority.URGENT);
  }

  @Test
  void theDeadlinesAreThoseOfTheRunningClocksAndEachStepComesOnce() {
    Ticket ticket = ticket();
    ticket.planSla(HIGH, HOURS, MONDAY_8);
    SlaTracking sla = ticket.getSla();
    // 75 % of 60 minutes, then the hour; the resolution's eight hours end at closing time
    assertThat(sla.getNextEscalationAt()).isEqualTo(at(8, 45));
    assertThat(sla.getFirstResponseDueAt()).isEqualTo(at(9, 0));
    assertThat(sla.getResolutionDueAt()).isEqualTo(at(16, 0));
    assertThat(sla.due(at(8, 44))).isEmpty();
    assertThat(sla.due(at(8, 50)))
        .contains(new SlaTracking.Step(Target.FIRST_RESPONSE, SlaEscalation.WARNED));

    ticket.escalated(sla.due(at(8, 50)).orElseThrow());
    assertThat(sla.due(at(8, 50))).isEmpty();
    assertThat(sla.getNextEscalationAt()).isEqualTo(at(9, 0));
    // at 9:10 the breach is due, not the warning again
    assertThat(sla.due(at(9, 10)))
        .contains(new SlaTracking.Step(Target.FIRST_RESPONSE, SlaEscalation.BREACHED));
    ticket.escalated(sla.due(at(9, 10)).orElseThrow());
    assertThat(sla.isFirstResponseBreached()).isTrue();
    // next: the resolution's warning at 75 % of eight hours, 14:00
    assertThat(sla.getNextEscalationAt()).isEqualTo(at(14, 0));
  }

  @Test
  void waitingOnTheCustomerStopsTheDeadlinesAndAnAnswerInTimeIsNoBreach() {
    Ticket ticket = ticket();
    ticket.planSla(HIGH, HOURS, MONDAY_8);
    ticket.responded(at(8, 30));
    ticket.changeStatus(TicketStatus.WAITING_ON_CUSTOMER, at(8, 30));
    ticket.planSla(HIGH, HOURS, at(8, 30));
    assertThat(ticket.getSla().getNextEscalationAt()).isNull();
    assertThat(ticket.getSla().isFirstResponseBreached()).isFalse();

    // two hours later the customer answers: the resolution is due two hours later than planned
    ticket.changeStatus(TicketStatus.IN_PROGRESS, at(10, 30));
    ticket.planSla(HIGH, HOURS, at(10, 30));
    assertThat(ticket.getSla().getResolutionDueAt())
        .isEqualTo(at(16, 0).plusSeconds(7200).plusSeconds(15 * 3600L));
    ticket.changeStatus(TicketStatus.SOLVED, at(11, 0));
    ticket.planSla(HIGH, HOURS, at(11, 0));
    assertThat(ticket.getSla().getNextEscalationAt()).isNull();
    assertThat(ticket.getSla().isResolutionBreached()).isFalse();
  }
}
