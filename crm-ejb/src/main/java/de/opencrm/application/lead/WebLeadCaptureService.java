package de.opencrm.application.lead;

import de.opencrm.domain.account.Address;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadOrigin;
import de.opencrm.domain.lead.LeadPerson;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.capture.WebLeadSubmission;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Takes in a lead from the company's website or another system without a login (the public
 * web-to-lead endpoint checks, limits and reads it first): stores it with its origin and routes it,
 * in one transaction, so a lead the endpoint acknowledged is never lost.
 */
@Stateless
@PermitAll
public class WebLeadCaptureService {

  /** Who the journal names as having created a lead from the website. */
  static final String WEBSITE = "web";

  @Inject LeadRepository leads;
  @Inject LeadRoutingService routing;

  public long capture(@NotNull WebLeadSubmission in, @NotNull LeadSource source, String referrer) {
    Instant now = Instant.now();
    Lead lead =
        new Lead(
            new LeadPerson(
                in.firstName(),
                in.lastName(),
                in.email(),
                in.phone(),
                in.jobTitle(),
                in.language()),
            new LeadOrigin(
                source,
                in.formId(),
                in.pageUrl() == null ? referrer : in.pageUrl(),
                referrer,
                in.utm(),
                now));
    lead.describeCompany(
        in.company(),
        in.industry(),
        null,
        new Address(in.street(), in.postalCode(), in.city(), null, in.country()));
    lead.leaveMessage(in.message());
    lead.recordCreation(WEBSITE, now);
    leads.add(lead);
    routing.routeLead(lead);
    return lead.getId();
  }
}
