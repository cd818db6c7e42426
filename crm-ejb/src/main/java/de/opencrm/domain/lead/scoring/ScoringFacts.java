package de.opencrm.domain.lead.scoring;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;

/** What scoring rules look at in a lead; any of it may be missing. */
public record ScoringFacts(
    String jobTitle,
    String industry,
    CompanySize companySize,
    String country,
    String postalCode,
    LeadSource source,
    String email,
    int submissions) {}
