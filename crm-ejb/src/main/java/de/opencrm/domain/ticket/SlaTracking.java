package de.opencrm.domain.ticket;

import de.opencrm.domain.ticket.sla.SlaDeadlines;
import de.opencrm.domain.ticket.sla.SlaEscalation;
import de.opencrm.domain.ticket.sla.SlaEscalation.Target;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A ticket's SLA deadlines as last planned (warning and target of both clocks, none while the clock
 * stands), how far each clock was escalated, whether each target was missed, and the next time the
 * escalation timer must look at the ticket: one indexed column, so the timer reads only the tickets
 * that are due, however many are open. Whether a target was missed stays for reports.
 */
@Embeddable
public class SlaTracking {

  /** An escalation that is due: which clock, which level. */
  public record Step(Target target, int level) {}

  @Column(name = "first_response_warn_at")
  private Instant firstResponseWarnAt;

  @Column(name = "first_response_due_at")
  private Instant firstResponseDueAt;

  @Column(name = "resolution_warn_at")
  private Instant resolutionWarnAt;

  @Column(name = "resolution_due_at")
  private Instant resolutionDueAt;

  @Column(name = "first_response_escalation", nullable = false)
  private int firstResponseEscalation;

  @Column(name = "resolution_escalation", nullable = false)
  private int resolutionEscalation;

  @Column(name = "first_response_breached", nullable = false)
  private boolean firstResponseBreached;

  @Column(name = "resolution_breached", nullable = false)
  private boolean resolutionBreached;

  @Column(name = "next_escalation_at")
  private Instant nextEscalationAt;

  /** New deadlines of both clocks; an answered or closed ticket has nothing left to escalate. */
  void plan(SlaDeadlines firstResponse, SlaDeadlines resolution, boolean open) {
    firstResponseWarnAt = firstResponse.warnAt();
    firstResponseDueAt = firstResponse.dueAt();
    resolutionWarnAt = resolution.warnAt();
    resolutionDueAt = resolution.dueAt();
    nextEscalationAt = open ? next() : null;
  }

  /** The target was met now: too late if the planned deadline had passed. */
  void met(Target target, Instant at) {
    if (target == Target.FIRST_RESPONSE) {
      firstResponseBreached |= firstResponseDueAt != null && at.isAfter(firstResponseDueAt);
    } else {
      resolutionBreached |= resolutionDueAt != null && at.isAfter(resolutionDueAt);
    }
  }

  /** The escalation due now, the first response's before the resolution's, the breach first. */
  public Optional<Step> due(Instant now) {
    return Stream.of(
            step(
                Target.FIRST_RESPONSE,
                firstResponseEscalation,
                firstResponseWarnAt,
                firstResponseDueAt,
                now),
            step(Target.RESOLUTION, resolutionEscalation, resolutionWarnAt, resolutionDueAt, now))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<Step> step(
      Target target, int done, Instant warnAt, Instant dueAt, Instant now) {
    if (done < SlaEscalation.BREACHED && dueAt != null && !dueAt.isAfter(now)) {
      return Optional.of(new Step(target, SlaEscalation.BREACHED));
    }
    if (done < SlaEscalation.WARNED && warnAt != null && !warnAt.isAfter(now)) {
      return Optional.of(new Step(target, SlaEscalation.WARNED));
    }
    return Optional.empty();
  }

  /** The step was taken; a breach counts as a missed target. */
  void escalated(Step step) {
    if (step.target() == Target.FIRST_RESPONSE) {
      firstResponseEscalation = Math.max(firstResponseEscalation, step.level());
      firstResponseBreached |= step.level() == SlaEscalation.BREACHED;
    } else {
      resolutionEscalation = Math.max(resolutionEscalation, step.level());
      resolutionBreached |= step.level() == SlaEscalation.BREACHED;
    }
    nextEscalationAt = next();
  }

  private Instant next() {
    return Stream.of(
            firstResponseEscalation < SlaEscalation.WARNED ? firstResponseWarnAt : null,
            firstResponseEscalation < SlaEscalation.BREACHED ? firstResponseDueAt : null,
            resolutionEscalation < SlaEscalation.WARNED ? resolutionWarnAt : null,
            resolutionEscalation < SlaEscalation.BREACHED ? resolutionDueAt : null)
        .filter(t -> t != null)
        .min(Instant::compareTo)
        .orElse(null);
  }

  public Instant getFirstResponseDueAt() {
    return firstResponseDueAt;
  }

  public Instant getResolutionDueAt() {
    return resolutionDueAt;
  }

  public Instant getNextEscalationAt() {
    return nextEscalationAt;
  }

  public boolean isFirstResponseBreached() {
    return firstResponseBreached;
  }

  public boolean isResolutionBreached() {
    return resolutionBreached;
  }
}
