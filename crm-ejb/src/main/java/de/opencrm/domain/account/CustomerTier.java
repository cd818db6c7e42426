package de.opencrm.domain.account;

/** The service level a customer has bought: premium customers have shorter SLA targets. */
public enum CustomerTier {
  STANDARD,
  PREMIUM
}
