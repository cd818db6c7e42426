package de.opencrm.domain.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity as lists show it. */
public record OpportunityRow(
    long id,
    long version,
    String name,
    long accountId,
    String accountName,
    long stageId,
    String stageDe,
    String stageEn,
    StageOutcome outcome,
    BigDecimal amount,
    String currency,
    int probability,
    LocalDate expectedClose,
    String ownerName) {

  /** The amount weighted by its probability. */
  public BigDecimal weighted() {
    return Probability.weigh(amount, probability);
  }
}
