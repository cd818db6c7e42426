package de.opencrm.domain.lead;

/** Where a lead came from (its Herkunft), as marketing reports and routing rules name it. */
public enum LeadSource {
  WEB_FORM,
  IMPORT,
  API,
  /** A trade fair or event (Messe). */
  EVENT,
  REFERRAL,
  CAMPAIGN,
  SOCIAL,
  PHONE,
  OTHER
}
