package de.opencrm.domain.opportunity;

/** The part a person of the customer plays in deciding an opportunity. */
public enum BuyingRole {
  DECISION_MAKER,
  INFLUENCER,
  USER,
  CHAMPION
}
