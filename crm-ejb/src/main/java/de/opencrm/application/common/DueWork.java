package de.opencrm.application.common;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Logger;

/**
 * Works through what a timer found due, one record at a time: each step runs in the transaction its
 * own EJB call opens, so one that fails rolls back alone, is logged and stays due for the next run.
 */
public final class DueWork {

  private DueWork() {}

  /** Runs the step for each id; returns for how many it did something. */
  public static int each(List<Long> ids, String what, LongPredicate step, Logger log) {
    int done = 0;
    for (long id : ids) {
      try {
        if (step.test(id)) {
          done++;
        }
      } catch (RuntimeException e) {
        log.warning(what + " " + id + " stays due for escalation: " + e.getMessage());
      }
    }
    return done;
  }
}
