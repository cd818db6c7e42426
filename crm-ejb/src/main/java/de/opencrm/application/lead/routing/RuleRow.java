package de.opencrm.application.lead.routing;

import de.opencrm.domain.lead.routing.Distribution;
import de.opencrm.domain.lead.routing.RoutingConditions;

/** A routing rule as the list shows it: its place, conditions and who gets its leads. */
public record RuleRow(
    long id,
    long version,
    int position,
    String name,
    boolean active,
    RoutingConditions conditions,
    String targetName,
    boolean toTeam,
    Distribution distribution) {}
