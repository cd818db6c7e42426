package de.opencrm.domain.lead.routing;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;

/** What routing rules look at in a lead; any of it may be missing. */
public record LeadFacts(
    String country,
    String postalCode,
    String industry,
    CompanySize companySize,
    LeadSource source,
    String language,
    int score) {}
