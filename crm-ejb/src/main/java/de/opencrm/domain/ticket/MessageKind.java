package de.opencrm.domain.ticket;

/** What an entry of a ticket's thread is; internal notes are never shown to the customer. */
public enum MessageKind {
  INBOUND_EMAIL,
  OUTBOUND_EMAIL,
  PHONE_NOTE,
  INTERNAL_NOTE;

  /** Whether the entry answers the customer, which meets the first-response target. */
  public boolean respondsToCustomer() {
    return this == OUTBOUND_EMAIL || this == PHONE_NOTE;
  }
}
