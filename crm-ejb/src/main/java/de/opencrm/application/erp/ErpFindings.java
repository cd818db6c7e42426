package de.opencrm.application.erp;

import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpDiscrepancyRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discrepancies a chunk or a run's end found, stored once by key: found again, an existing one
 * only notes the run; the open unknown-debtor and proposal entries of debtors now matched are
 * resolved.
 */
final class ErpFindings {

  private final ErpDiscrepancyRepository discrepancies;
  private final long run;
  private final Map<String, ErpDiscrepancy> found = new LinkedHashMap<>();
  private final List<String> matched = new ArrayList<>();

  ErpFindings(ErpDiscrepancyRepository discrepancies, long run) {
    this.discrepancies = discrepancies;
    this.run = run;
  }

  /** A discrepancy found; the one of the same key when this chunk found that already. */
  ErpDiscrepancy add(
      ErpDiscrepancy.Kind kind,
      String debtorNumber,
      Long accountId,
      String field,
      String erpValue,
      String crmValue) {
    ErpDiscrepancy discrepancy =
        new ErpDiscrepancy(kind, debtorNumber, accountId, field, erpValue, crmValue, run);
    return found.computeIfAbsent(discrepancy.getDedupKey(), key -> discrepancy);
  }

  /** A debtor now matched to its company: its open unknown or proposal entries are resolved. */
  void matched(String debtorNumber) {
    matched.add(debtorNumber);
  }

  void store() {
    Map<String, ErpDiscrepancy> existing = discrepancies.byDedupKey(found.keySet());
    found.forEach(
        (key, discrepancy) -> {
          ErpDiscrepancy known = existing.get(key);
          if (known == null) {
            discrepancies.add(discrepancy);
          } else {
            known.foundAgain(run);
          }
        });
    discrepancies.openUnmatched(matched).forEach(d -> d.resolve(run));
  }
}
