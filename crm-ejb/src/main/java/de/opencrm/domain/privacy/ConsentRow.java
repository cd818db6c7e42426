package de.opencrm.domain.privacy;

import java.io.Serializable;
import java.time.Instant;

/** A consent as the person's page and the subject access export show it. */
public record ConsentRow(
    long id,
    long version,
    ConsentPurpose purpose,
    ConsentChannel channel,
    LegalBasis legalBasis,
    ConsentSource source,
    Instant givenAt,
    String proof,
    Instant withdrawnAt,
    String withdrawalNote,
    String recordedBy)
    implements Serializable {

  public boolean active() {
    return withdrawnAt == null;
  }

  public static ConsentRow of(Consent consent) {
    return new ConsentRow(
        consent.getId(),
        consent.getVersion(),
        consent.getPurpose(),
        consent.getChannel(),
        consent.getLegalBasis(),
        consent.getSource(),
        consent.getGivenAt(),
        consent.getProof(),
        consent.getWithdrawnAt(),
        consent.getWithdrawalNote(),
        consent.getCreatedBy());
  }
}
