package de.opencrm.domain.opportunity;

/** Whether a stage keeps the opportunity open or closes it as won or lost. */
public enum StageOutcome {
  OPEN,
  WON,
  LOST
}
