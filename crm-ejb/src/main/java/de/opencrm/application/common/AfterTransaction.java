package de.opencrm.application.common;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work outside the database that must follow the transaction's outcome, such as removing a file:
 * run only after a commit, or only after a rollback. A failure is logged for operations, since the
 * transaction has already ended.
 */
public final class AfterTransaction {

  private static final Logger LOG = Logger.getLogger(AfterTransaction.class.getName());

  private AfterTransaction() {}

  public static void onCommit(TransactionSynchronizationRegistry transaction, Runnable work) {
    transaction.registerInterposedSynchronization(
        when(status -> status == Status.STATUS_COMMITTED, work));
  }

  public static void onRollback(TransactionSynchronizationRegistry transaction, Runnable work) {
    transaction.registerInterposedSynchronization(
        when(status -> status != Status.STATUS_COMMITTED, work));
  }

  /** Work after the transaction either way, told whether it was committed. */
  public static void onEnd(TransactionSynchronizationRegistry transaction, Consumer<Boolean> work) {
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing is decided yet
          }

          @Override
          public void afterCompletion(int status) {
            try {
              work.accept(status == Status.STATUS_COMMITTED);
            } catch (RuntimeException e) {
              LOG.log(Level.SEVERE, "work after the transaction failed", e);
            }
          }
        });
  }

  private static Synchronization when(IntPredicate outcome, Runnable work) {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {
        // nothing is decided yet
      }

      @Override
      public void afterCompletion(int status) {
        if (outcome.test(status)) {
          try {
            work.run();
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "work after the transaction failed", e);
          }
        }
      }
    };
  }
}
