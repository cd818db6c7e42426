package de.opencrm.domain.ticket;

/** The service level a customer has bought: premium customers have shorter SLA targets. */
public enum CustomerTier {
  STANDARD,
  PREMIUM
}
