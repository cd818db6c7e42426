package de.opencrm.application.opportunity;

import java.time.Duration;
import java.time.Instant;

/** A stage the opportunity went through: when, by whom, and how long it stayed. */
public record StageStep(
    String stageDe, String stageEn, Instant enteredAt, String enteredBy, Duration spent) {

  /** Whole days spent, for the page. */
  public long days() {
    return spent.toDays();
  }
}
