package de.opencrm.domain.erp;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** The discrepancies about one debtor, whatever their state, oldest first. */
  List<ErpDiscrepancy> ofDebtor(String debtorNumber);

  Optional<ErpDiscrepancy> findById(long id);

  /** The proposed matches of these debtors that a person confirmed or rejected. */
  List<ErpDiscrepancy> decidedProposals(List<String> debtorNumbers);

  /** The discrepancies stored under these keys, by key. */
  Map<String, ErpDiscrepancy> byDedupKey(Collection<String> keys);

  /** The open unknown-debtor and proposed-match entries of these debtors. */
  List<ErpDiscrepancy> openUnmatched(List<String> debtorNumbers);

  ErpDiscrepancy add(ErpDiscrepancy discrepancy);
}
