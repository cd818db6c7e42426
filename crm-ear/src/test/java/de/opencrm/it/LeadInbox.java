package de.opencrm.it;

import de.opencrm.application.lead.capture.WebLeadCaptureService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits until the web-lead inbox has turned every accepted submission into a lead (the public
 * endpoints answer as soon as a submission is stored; the lead follows a moment later).
 */
public final class LeadInbox {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private LeadInbox() {}

  /** Inside the server: asks the capture service as the administrator. */
  public static void drained(WebLeadCaptureService capture) throws Exception {
    awaitNone(PATIENCE, () -> As.user("admin", "demo").call(capture::countWaiting));
  }

  /** From outside: counts the waiting submissions in the database. */
  public static void drained() throws Exception {
    drained(PATIENCE);
  }

  /** From outside, waiting as long as given. */
  public static void drained(Duration patience) throws Exception {
    awaitNone(
        patience,
        () -> {
          try (Connection db =
                  DriverManager.getConnection(
                      System.getenv("CRM_DB_URL"),
                      System.getenv("CRM_DB_USER"),
                      System.getenv("CRM_DB_PASSWORD"));
              PreparedStatement count =
                  db.prepareStatement("SELECT COUNT(*) FROM crm_lead_inbox WHERE attempts < 3");
              ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
          }
        });
  }

  private static void awaitNone(Duration patience, Callable<Long> waiting) throws Exception {
    long until = System.nanoTime() + patience.toNanos();
    long left = waiting.call();
    while (left > 0) {
      if (System.nanoTime() > until) {
        throw new AssertionError(left + " submissions still wait in the inbox after " + patience);
      }
      Thread.sleep(50);
      left = waiting.call();
    }
  }
}
