package de.opencrm.domain.ticket;

/** How the customer reached us. */
public enum TicketChannel {
  EMAIL,
  PHONE,
  WEB_FORM,
  API
}
