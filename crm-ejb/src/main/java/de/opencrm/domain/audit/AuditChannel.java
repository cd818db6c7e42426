package de.opencrm.domain.audit;

/** Through which way into the CRM a change came. */
public enum AuditChannel {
  /** The browser UI. */
  UI,
  /** The REST API. */
  API,
  /** A background job: imports, schedules, batch jobs. */
  BATCH,
  /** The server itself (start-up, migrations, demo data). */
  SYSTEM
}
