package de.opencrm.domain.lead;

/** Why a lead was disqualified, or why sales sent an MQL back. */
public enum StatusReason {
  NO_NEED,
  NO_BUDGET,
  NOT_REACHABLE,
  COMPETITOR,
  WRONG_CONTACT,
  DUPLICATE,
  SPAM,
  OTHER
}
