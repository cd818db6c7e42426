package de.opencrm.domain.erp;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.List;

/** The reconciliation's findings, as runs report them and people review them. */
public interface ErpDiscrepancyRepository {

  /** Criterion: the state to review (default open). */
  String STATUS = "status";

  /** Criterion: one kind only. */
  String KIND = "kind";

  /**
   * A page to review, newest first, by state and kind; the filter finds a debtor number or a text
   * in either value.
   */
  Page<ErpDiscrepancy> review(PageRequest request);

  /** What a run found (new or again), in the order found. */
  List<ErpDiscrepancy> ofRun(long run, int first, int size);
}
