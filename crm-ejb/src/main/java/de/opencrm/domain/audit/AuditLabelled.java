package de.opencrm.domain.audit;

/** A record that names itself in the audit journal ("Müller Logistik GmbH", "Anna Schmidt"). */
public interface AuditLabelled {

  String auditLabel();
}
