package de.opencrm.application.lead;

import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.routing.RoutingTrace;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A lead as its page shows it: the lead itself (read only here), who owns it, what the caller may
 * do with it, and how routing decided.
 */
public record LeadDetail(
    Lead lead,
    String ownerName,
    String teamName,
    boolean mine,
    boolean editable,
    List<LeadStatus> nextStatuses,
    String routingRule,
    Instant routedAt,
    RoutingTrace routing) {

  public LeadDetail {
    nextStatuses = List.copyOf(nextStatuses);
  }

  static LeadDetail of(Lead lead, String caller, boolean editable) {
    List<LeadStatus> next =
        editable
            ? Arrays.stream(LeadStatus.values()).filter(lead.getStatus()::mayMoveTo).toList()
            : List.of();
    return new LeadDetail(
        lead,
        lead.getOwner() == null ? null : lead.getOwner().getDisplayName(),
        lead.getTeam() == null ? null : lead.getTeam().getName(),
        lead.getOwner() != null && lead.getOwner().getUsername().equals(caller),
        editable,
        next,
        lead.getRouting() == null ? null : lead.getRouting().getRuleName(),
        lead.getRouting() == null ? null : lead.getRouting().getRoutedAt(),
        lead.getRouting() == null ? null : lead.getRouting().trace());
  }
}
