package de.opencrm.domain.lead;

import de.opencrm.domain.lead.routing.RoutingDecision;
import de.opencrm.domain.lead.routing.RoutingTrace;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * The routing decision kept on a lead: when, by which rule (by name as it was then), and the trace.
 */
@Embeddable
public class RoutingRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "routed_at")
  private Instant routedAt;

  @Column(name = "routing_rule_id")
  private Long ruleId;

  @Column(name = "routing_rule_name", length = 100)
  private String ruleName;

  @Column(name = "routing_trace", length = RoutingTrace.MAX_LENGTH)
  private String trace;

  protected RoutingRecord() {}

  public static RoutingRecord of(RoutingDecision decision, Instant at) {
    RoutingRecord record = new RoutingRecord();
    record.routedAt = at;
    record.ruleId = decision.ruleId();
    record.ruleName = decision.ruleName();
    record.trace = RoutingTrace.of(decision).encode();
    return record;
  }

  public Instant getRoutedAt() {
    return routedAt;
  }

  public Long getRuleId() {
    return ruleId;
  }

  public String getRuleName() {
    return ruleName;
  }

  public RoutingTrace trace() {
    return trace == null ? null : RoutingTrace.decode(trace);
  }
}
