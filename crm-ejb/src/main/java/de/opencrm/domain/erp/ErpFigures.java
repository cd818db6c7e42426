package de.opencrm.domain.erp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Each debtor's revenue (this year to the day, the previous year) and open items, summed. */
public interface ErpFigures {

  /**
   * The debtors due for summing: all of the mirror, or those collected; as ranges of their numbers,
   * in order, together covering all of them.
   */
  record FiguresDue(LocalDate today, boolean all, long count, List<NumberRange> ranges) {}

  /** Debtor numbers from (inclusive; null: from the first) to (exclusive; null: to the last). */
  record NumberRange(String from, String to) {}

  /**
   * Collects the debtors whose figures are summed again: those new to the mirror, marked stale or
   * last summed in another year (a new year sums all). Refreshes the statistics the summing is
   * planned by. The caller's transaction must commit before the ranges are summed, each on a
   * connection of its own.
   *
   * @param parts how many ranges of debtor numbers, of about the same size, the due debtors are
   *     split into (fewer when they are few)
   */
  FiguresDue figuresDue(LocalDate today, int parts);

  /** Sums revenue and open items of the due debtors of one range; returns how many. */
  int sumFigures(FiguresDue due, NumberRange range, Instant at);

  /** Forgets the collected due debtors, once all ranges are summed. */
  void figuresSummed();
}
