package de.opencrm.domain.ticket.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AutomaticMailTest {

  private static final String OWN = "service@firma.de";

  @Test
  void aPersonsMailIsNotAutomatic() {
    assertThat(AutomaticMail.reason(Map.of("auto-submitted", "no"), "anna@kunde.de", OWN))
        .isEmpty();
    assertThat(AutomaticMail.reason(Map.of(), "anna@kunde.de", OWN)).isEmpty();
  }

  @Test
  void outOfOfficeNoticesAreRecognisedByTheirHeaders() {
    assertThat(AutomaticMail.reason(Map.of("auto-submitted", "auto-replied"), "anna@kunde.de", OWN))
        .contains("mailIntake.autoSubmitted");
    assertThat(AutomaticMail.reason(Map.of("x-autoreply", "yes"), "anna@kunde.de", OWN))
        .contains("mailIntake.autoSubmitted");
    assertThat(AutomaticMail.reason(Map.of("precedence", "Bulk"), "anna@kunde.de", OWN))
        .contains("mailIntake.bulk");
    assertThat(AutomaticMail.reason(Map.of("list-id", "<news.kunde.de>"), "news@kunde.de", OWN))
        .contains("mailIntake.bulk");
  }

  @Test
  void bouncesSystemSendersAndTheOwnAddressAreAutomatic() {
    assertThat(AutomaticMail.reason(Map.of(), "MAILER-DAEMON@mx.kunde.de", OWN))
        .contains("mailIntake.systemSender");
    assertThat(AutomaticMail.reason(Map.of(), "no-reply@shop.de", OWN))
        .contains("mailIntake.systemSender");
    assertThat(AutomaticMail.reason(Map.of(), "Service@Firma.de", OWN))
        .contains("mailIntake.ownAddress");
    assertThat(AutomaticMail.reason(Map.of("return-path", "<>"), "anna@kunde.de", OWN))
        .contains("mailIntake.bounce");
    assertThat(AutomaticMail.reason(Map.of(), null, OWN)).contains("mailIntake.noSender");
  }
}
