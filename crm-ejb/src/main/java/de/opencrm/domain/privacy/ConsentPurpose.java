package de.opencrm.domain.privacy;

/** What a person agreed to be contacted or processed for. */
public enum ConsentPurpose {
  NEWSLETTER,
  /** Offers and product information (Werbung). */
  ADVERTISING,
  /** Invitations to events, trade fairs and webinars. */
  EVENTS,
  /** Satisfaction and market surveys. */
  SURVEYS,
  /** Evaluating interests and behaviour, such as lead scoring. */
  PROFILING
}
