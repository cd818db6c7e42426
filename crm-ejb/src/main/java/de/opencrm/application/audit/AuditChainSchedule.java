package de.opencrm.application.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Checks the audit chain every night at 3:30 German time (not persistent: the next night will). */
@Singleton
public class AuditChainSchedule {

  @Inject AuditChainVerifier verifier;

  @Schedule(hour = "3", minute = "30", timezone = "Europe/Berlin", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void verifyNightly() {
    verifier.verify();
  }
}
