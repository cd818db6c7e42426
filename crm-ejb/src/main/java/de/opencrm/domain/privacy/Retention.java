package de.opencrm.domain.privacy;

import de.opencrm.domain.activity.ActivityType;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which of a person's records must outlive their erasure: e-mails in the journal as business
 * letters, filed documents as possible vouchers, consents as proof. Calls, meetings, notes and
 * tasks carry no duty and go.
 */
public final class Retention {

  /** A record kept until (and including) {@code until}, because of {@code duty}. */
  public record Kept(LocalDate until, RetentionDuty duty) {}

  private Retention() {}

  public static Optional<Kept> ofActivity(ActivityType type, LocalDate occurred, LocalDate today) {
    return type == ActivityType.EMAIL
        ? kept(RetentionDuty.COMMERCIAL_LETTER, occurred, today)
        : Optional.empty();
  }

  public static Optional<Kept> ofDocument(LocalDate filed, LocalDate today) {
    return kept(RetentionDuty.ACCOUNTING_VOUCHER, filed, today);
  }

  /** A consent's proof is needed from the last day it was in force. */
  public static Optional<Kept> ofConsent(LocalDate lastInForce, LocalDate today) {
    return kept(RetentionDuty.LEGAL_CLAIMS, lastInForce, today);
  }

  private static Optional<Kept> kept(RetentionDuty duty, LocalDate arose, LocalDate today) {
    LocalDate until = duty.keptUntil(arose);
    return until.isBefore(today) ? Optional.empty() : Optional.of(new Kept(until, duty));
  }
}
