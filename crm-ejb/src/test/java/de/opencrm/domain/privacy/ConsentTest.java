package de.opencrm.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.Contact;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Contact ANNA =
      new Contact("Schmidt", new User("sales", "$2a$10$hash", NOW.minus(Duration.ofDays(400))));

  private static Consent newsletterByEmail(Instant givenAt) {
    return new Consent(
        ANNA,
        ConsentPurpose.NEWSLETTER,
        ConsentChannel.EMAIL,
        LegalBasis.CONSENT,
        ConsentSource.DOUBLE_OPT_IN,
        givenAt,
        "  Anmeldung auf www.example.de/newsletter, bestätigt per Link  ",
        NOW);
  }

  @Test
  void permitsOnlyItsPurposeAndChannelWhileItLasts() {
    Consent consent = newsletterByEmail(NOW.minus(Duration.ofDays(30)));

    assertThat(consent.permits(ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, NOW)).isTrue();
    assertThat(consent.permits(ConsentPurpose.NEWSLETTER, ConsentChannel.PHONE, NOW)).isFalse();
    assertThat(consent.permits(ConsentPurpose.ADVERTISING, ConsentChannel.EMAIL, NOW)).isFalse();
    assertThat(
            consent.permits(
                ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, NOW.minus(Duration.ofDays(31))))
        .as("not before it was given")
        .isFalse();
    assertThat(consent.getProof()).startsWith("Anmeldung").endsWith("Link");
  }

  @Test
  void aWithdrawalEndsItFromThenOnAndKeepsWhatWasAllowedBefore() {
    Consent consent = newsletterByEmail(NOW.minus(Duration.ofDays(30)));

    consent.withdraw(NOW, " Abmeldelink ");

    assertThat(consent.isActive()).isFalse();
    assertThat(consent.getWithdrawalNote()).isEqualTo("Abmeldelink");
    assertThat(consent.permits(ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, NOW)).isFalse();
    assertThat(
            consent.permits(
                ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, NOW.minus(Duration.ofDays(1))))
        .isTrue();
    assertThatThrownBy(() -> consent.withdraw(NOW, null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("consent.alreadyWithdrawn");
  }

  @Test
  void refusesAConsentFromTheFutureOrWithoutProof() {
    assertThatThrownBy(() -> newsletterByEmail(NOW.plus(Duration.ofHours(1))))
        .hasMessageContaining("consent.givenInFuture");
    assertThat(newsletterByEmail(NOW.plus(Duration.ofMinutes(2))).isActive())
        .as("a clock a little ahead is no future")
        .isTrue();
    assertThatThrownBy(
            () ->
                new Consent(
                    ANNA,
                    ConsentPurpose.EVENTS,
                    ConsentChannel.LETTER,
                    LegalBasis.CONSENT,
                    ConsentSource.PAPER_FORM,
                    NOW,
                    "   ",
                    NOW))
        .hasMessageContaining("consent.proofRequired");
  }

  @Test
  void onePersonHasOneValidConsentPerPurposeAndChannel() {
    Consent old = newsletterByEmail(NOW.minus(Duration.ofDays(90)));
    List<Consent> consents = List.of(old);

    assertThatThrownBy(
            () ->
                Consents.requireNoneActive(
                    consents, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL))
        .hasMessageContaining("consent.alreadyActive");
    Consents.requireNoneActive(consents, ConsentPurpose.NEWSLETTER, ConsentChannel.LETTER);

    old.withdraw(NOW.minus(Duration.ofDays(10)), null);
    Consents.requireNoneActive(consents, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL);
    assertThat(Consents.permit(consents, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, NOW))
        .isFalse();
  }
}
