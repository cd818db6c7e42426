package de.opencrm.domain.lead.scoring;

/**
 * What a scoring rule looks at in a lead. Rules on lists (keywords, industries, countries, ...) hit
 * when the lead has one of the listed values; the e-mail rules need no value; a repeat rule's value
 * is how many submissions it takes.
 */
public enum ScoreCriterion {
  /** The job title contains one of the keywords ("Geschäftsführer, CEO, Leiter"). */
  JOB_TITLE,
  INDUSTRY,
  COMPANY_SIZE,
  COUNTRY,
  /** Postal regions as routing writes them ("0-1, 4, 80000-81999"). */
  POSTAL_RANGE,
  SOURCE,
  /** The e-mail address is at a company's own domain. */
  CORPORATE_EMAIL,
  /** The e-mail address is at a free mail provider (GMX, web.de, Gmail, ...). */
  FREE_MAIL,
  /** The person sent the company's forms at least this many times. */
  REPEATED_SUBMISSIONS;

  public boolean needsValues() {
    return this != CORPORATE_EMAIL && this != FREE_MAIL;
  }
}
