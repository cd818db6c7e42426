package de.opencrm.application.opportunity;

import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.opportunity.StageOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An opportunity's page: the form, what it is worth weighted, where it came from, its stages, and
 * whether line items make its amount.
 */
public record OpportunityDetail(
    OpportunityForm form,
    BigDecimal weighted,
    StageOutcome outcome,
    Instant closedAt,
    LeadSource source,
    Long leadId,
    String ownerName,
    List<StageStep> steps,
    boolean itemized) {}
