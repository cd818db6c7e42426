package de.opencrm.domain.ticket;

/** Where an outgoing e-mail stands: waiting for (another) attempt, taken by the relay, given up. */
public enum DeliveryStatus {
  PENDING,
  SENT,
  FAILED
}
