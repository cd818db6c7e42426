package de.opencrm.domain.privacy;

import de.opencrm.domain.common.BusinessException;
import java.time.Instant;
import java.util.Collection;

/** Rules over all consents of one person. */
public final class Consents {

  private Consents() {}

  /** Whether any of the person's consents allows contact for the purpose through the channel. */
  public static boolean permit(
      Collection<Consent> consents, ConsentPurpose purpose, ConsentChannel channel, Instant at) {
    return consents.stream().anyMatch(c -> c.permits(purpose, channel, at));
  }

  /**
   * Refuses a second active consent for the same purpose and channel: one of the two would be
   * withdrawn later and the other silently stay.
   */
  public static void requireNoneActive(
      Collection<Consent> consents, ConsentPurpose purpose, ConsentChannel channel) {
    if (consents.stream()
        .anyMatch(c -> c.isActive() && c.getPurpose() == purpose && c.getChannel() == channel)) {
      throw new BusinessException("consent.alreadyActive");
    }
  }
}
