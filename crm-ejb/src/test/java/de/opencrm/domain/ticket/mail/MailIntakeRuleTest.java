package de.opencrm.domain.ticket.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

class MailIntakeRuleTest {

  @Test
  void aPersonWritingAboutSomethingNewOpensATicketUntilTheHourlyLimit() {
    assertThat(MailIntakeRule.decide(false, null, 0, 10)).isEqualTo(IntakeOutcome.NEW_TICKET);
    assertThat(MailIntakeRule.decide(false, null, 9, 10)).isEqualTo(IntakeOutcome.NEW_TICKET);
    assertThat(MailIntakeRule.decide(false, null, 10, 10)).isEqualTo(IntakeOutcome.THROTTLED);
  }

  @Test
  void anAnswerJoinsItsTicketUnlessItIsClosed() {
    assertThat(MailIntakeRule.decide(false, TicketStatus.WAITING_ON_CUSTOMER, 50, 10))
        .isEqualTo(IntakeOutcome.ADDED_TO_TICKET);
    assertThat(MailIntakeRule.decide(false, TicketStatus.SOLVED, 0, 10))
        .isEqualTo(IntakeOutcome.ADDED_TO_TICKET);
    assertThat(MailIntakeRule.decide(false, TicketStatus.CLOSED, 0, 10))
        .isEqualTo(IntakeOutcome.NEW_TICKET);
  }

  @Test
  void aMachineNeverOpensATicket() {
    assertThat(MailIntakeRule.decide(true, null, 0, 10)).isEqualTo(IntakeOutcome.AUTOMATIC_IGNORED);
    assertThat(MailIntakeRule.decide(true, TicketStatus.CLOSED, 0, 10))
        .isEqualTo(IntakeOutcome.AUTOMATIC_IGNORED);
    assertThat(MailIntakeRule.decide(true, TicketStatus.IN_PROGRESS, 0, 10))
        .isEqualTo(IntakeOutcome.AUTOMATIC_ADDED);
  }
}
