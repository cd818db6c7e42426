package de.opencrm.domain.lead.prediction;

import de.opencrm.domain.lead.scoring.ScoringFacts;

/** A lead of the company's own history: converted into a customer contact, or disqualified. */
public record ClosedLead(ScoringFacts facts, boolean converted) {}
