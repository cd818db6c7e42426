package de.opencrm.domain.audit;

/** What an audit entry records. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  LOGIN,
  LOGIN_FAILED,
  LOGOUT,
  EXPORT,
  VERIFY,
  /** A subject access export (Art. 15/20 DSGVO) of a person. */
  DISCLOSE,
  /** An erasure of a person (Art. 17 DSGVO), with what was deleted and what kept. */
  ERASE,
  /** A retention run carried out: records deleted and people erased after their time. */
  PURGE,
  /** A user opened a record holding sensitive personal data (crm.audit.sensitive-reads). */
  READ
}
