package de.opencrm.application.opportunity;

import de.opencrm.domain.opportunity.OpportunityRow;
import de.opencrm.domain.opportunity.StageTotals;
import java.util.List;

/**
 * One stage on the board: its totals over every opportunity the filter selects, and the first of
 * them as cards (open stages soonest to close first, closed ones latest first).
 */
public record BoardColumn(StageOption stage, StageTotals totals, List<OpportunityRow> cards) {

  /** How many of the column's opportunities have no card (the list shows them all). */
  public long notShown() {
    return totals.count() - cards.size();
  }
}
