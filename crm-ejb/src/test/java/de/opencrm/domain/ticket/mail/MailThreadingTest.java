package de.opencrm.domain.ticket.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailThreadingTest {

  @Test
  void findsTheTicketNumberAnywhereInTheSubject() {
    assertThat(MailThreading.ticketNumberIn("AW: [T-2026-000123] Drucker defekt"))
        .contains("T-2026-000123");
    assertThat(MailThreading.ticketNumberIn("Nachfrage zu t-2026-000042"))
        .contains("T-2026-000042");
    assertThat(MailThreading.ticketNumberIn("Rechnung 2026-000123")).isEmpty();
    assertThat(MailThreading.ticketNumberIn("XT-2026-0001234")).isEmpty();
    assertThat(MailThreading.ticketNumberIn(null)).isEmpty();
  }

  @Test
  void answeredIdsPutTheParentFirstThenTheReferencesNewestFirst() {
    assertThat(
            MailThreading.answeredIds(
                "<c@kunde.de>", "<a@crm.example> <b@kunde.de>\r\n <c@kunde.de>"))
        .containsExactly("c@kunde.de", "b@kunde.de", "a@crm.example");
    assertThat(MailThreading.answeredIds(null, null)).isEmpty();
    // some programs leave out the angle brackets
    assertThat(MailThreading.answeredIds("a@crm.example", null)).containsExactly("a@crm.example");
  }

  @Test
  void aReplySubjectNamesTheTicketOnceWithoutStackedPrefixes() {
    assertThat(MailThreading.replySubject("T-2026-000123", "Drucker defekt"))
        .isEqualTo("Re: [T-2026-000123] Drucker defekt");
    assertThat(
            MailThreading.replySubject("T-2026-000123", "AW: Re: [T-2026-000123] Drucker defekt"))
        .isEqualTo("Re: [T-2026-000123] Drucker defekt");
    assertThat(MailThreading.replySubject("T-2026-000123", "WG: Fwd: RE[2]: Frage"))
        .isEqualTo("Re: [T-2026-000123] Frage");
  }

  @Test
  void referencesKeepTheFirstAndTheNewestWhenTheThreadIsLong() {
    List<String> ids = IntStream.range(0, 30).mapToObj(i -> i + "@x").toList();
    List<String> refs = MailThreading.references(ids);
    assertThat(refs).hasSize(MailThreading.MAX_REFERENCES).startsWith("0@x").endsWith("29@x");
    assertThat(refs.get(1)).isEqualTo("11@x");
    assertThat(MailThreading.references(List.of("a@x", "b@x"))).containsExactly("a@x", "b@x");
  }

  @Test
  void messageIdsNameTheTicketInTheServiceDomain() {
    UUID random = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(MailThreading.newMessageId("T-2026-000123", random, "service@firma.de"))
        .isEqualTo("T-2026-000123.123e4567-e89b-12d3-a456-426614174000@firma.de");
    assertThat(MailThreading.newMessageId("T-2026-000123", random, "nonsense"))
        .endsWith("@crm.invalid");
  }
}
