package de.opencrm.domain.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A finding is kept once by its key; decisions are taken on the version a person saw, only on what
 * is still open, and only in the ways its kind allows.
 */
class ErpDiscrepancyTest {

  private final Instant now = Instant.parse("2026-11-24T09:00:00Z");

  private static ErpDiscrepancy of(ErpDiscrepancy.Kind kind) {
    return new ErpDiscrepancy(
        kind,
        "10001",
        7L,
        kind == ErpDiscrepancy.Kind.CONFLICT ? "name" : null,
        "Nordlicht GmbH",
        "Nordlicht",
        1);
  }

  @Test
  void theSameFindingHasTheSameKeyAnotherErpValueAnother() {
    assertThat(of(ErpDiscrepancy.Kind.CONFLICT).getDedupKey())
        .isEqualTo(of(ErpDiscrepancy.Kind.CONFLICT).getDedupKey())
        .isNotEqualTo(
            new ErpDiscrepancy(
                    ErpDiscrepancy.Kind.CONFLICT, "10001", 7L, "name", "Nordlicht AG", null, 2)
                .getDedupKey());
  }

  @Test
  void aProposalIsConfirmedOnceAndNotByASecondPersonOnAnOldVersion() {
    ErpDiscrepancy proposal = of(ErpDiscrepancy.Kind.PROPOSED_MATCH);
    proposal.decide(true, "admin", now, 0);
    assertThat(proposal.getStatus()).isEqualTo(ErpDiscrepancy.Status.CONFIRMED);
    assertThat(proposal.getDecidedBy()).isEqualTo("admin");
    assertThat(proposal.isOpen()).isFalse();
    assertThatThrownBy(() -> proposal.decide(false, "other", now, 0))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("erp.discrepancy.notDecidable"));
    assertThatThrownBy(() -> of(ErpDiscrepancy.Kind.PROPOSED_MATCH).decide(true, "admin", now, 3))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("error.concurrentEdit"));
  }

  @Test
  void onlyAConflictTakesTheErpsValueOnlyAProposalIsConfirmed() {
    ErpDiscrepancy conflict = of(ErpDiscrepancy.Kind.CONFLICT);
    assertThatThrownBy(() -> conflict.decide(true, "admin", now, 0))
        .isInstanceOf(BusinessException.class);
    conflict.takeErpValue("admin", now, 0);
    assertThat(conflict.getStatus()).isEqualTo(ErpDiscrepancy.Status.CONFIRMED);
    assertThatThrownBy(() -> of(ErpDiscrepancy.Kind.PROPOSED_MATCH).takeErpValue("admin", now, 0))
        .isInstanceOf(BusinessException.class);
    ErpDiscrepancy unknown = of(ErpDiscrepancy.Kind.UNKNOWN_DEBTOR);
    unknown.decide(false, "admin", now, 0);
    assertThat(unknown.getStatus()).as("acknowledged").isEqualTo(ErpDiscrepancy.Status.REJECTED);
  }

  @Test
  void aResolvedFindingFoundAgainOpensAgainADecidedOneStaysDecided() {
    ErpDiscrepancy missing = of(ErpDiscrepancy.Kind.MISSING_IN_ERP);
    missing.resolve(2);
    assertThat(missing.getStatus()).isEqualTo(ErpDiscrepancy.Status.RESOLVED);
    missing.foundAgain(3);
    assertThat(missing.getStatus()).isEqualTo(ErpDiscrepancy.Status.OPEN);
    assertThat(missing.getLastRun()).isEqualTo(3);

    ErpDiscrepancy rejected = of(ErpDiscrepancy.Kind.PROPOSED_MATCH);
    rejected.decide(false, "admin", now, 0);
    rejected.foundAgain(4);
    rejected.resolve(4);
    assertThat(rejected.getStatus()).isEqualTo(ErpDiscrepancy.Status.REJECTED);
  }
}
