package de.opencrm.application.contact.importing;

import de.opencrm.domain.contact.importing.ImportTarget;
import java.util.Arrays;
import java.util.List;

/**
 * How an imported row finds the record it updates: a person by primary e-mail, a company by VAT ID
 * or ERP debtor number, or never (every row is new).
 */
public enum MatchKey {
  EMAIL(ImportTarget.PEOPLE),
  VAT_ID(ImportTarget.COMPANIES),
  ERP_NUMBER(ImportTarget.COMPANIES),
  NONE(null);

  private final ImportTarget target;

  MatchKey(ImportTarget target) {
    this.target = target;
  }

  /** Whether rows of this kind can be found by the key. */
  public boolean finds(ImportTarget rows) {
    return target == null || target == rows;
  }

  /** The keys the wizard offers for rows of this kind, the natural one first. */
  public static List<MatchKey> of(ImportTarget rows) {
    return Arrays.stream(values()).filter(k -> k.finds(rows)).toList();
  }
}
