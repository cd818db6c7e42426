package de.opencrm.application.privacy;

import de.opencrm.domain.account.Address;
import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.audit.AuditChanges;
import de.opencrm.domain.audit.AuditEntry;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.customfield.CustomField;
import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.domain.document.Document;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.opportunity.OpportunityContact;
import de.opencrm.domain.privacy.Consent;
import de.opencrm.integration.disclosure.Disclosure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns what the CRM holds about a person into the sections of a {@link Disclosure}, with English
 * field names that stay stable for the JSON and are translated for the PDF.
 */
final class SubjectDisclosure {

  private final List<Disclosure.Section> sections = new ArrayList<>();

  SubjectDisclosure person(Contact contact) {
    sections.add(new Disclosure.Section("person", List.of(personFields(contact).map())));
    return this;
  }

  SubjectDisclosure customFields(Contact contact, List<CustomField> fields) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (CustomField field : fields) {
      CustomValue value = contact.customValues().get(field.getId());
      if (value != null && !value.isEmpty()) {
        records.add(
            new Disclosure.Fields()
                .put("field", field.getLabelDe())
                .put("value", value.of(field.getType()))
                .map());
      }
    }
    sections.add(new Disclosure.Section("customFields", records));
    return this;
  }

  SubjectDisclosure consents(List<Consent> consents) {
    sections.add(
        new Disclosure.Section(
            "consents",
            consents.stream()
                .map(
                    c ->
                        new Disclosure.Fields()
                            .put("purpose", c.getPurpose())
                            .put("channel", c.getChannel())
                            .put("legalBasis", c.getLegalBasis().provision())
                            .put("source", c.getSource())
                            .put("givenAt", c.getGivenAt())
                            .put("proof", c.getProof())
                            .put("withdrawnAt", c.getWithdrawnAt())
                            .put("withdrawalNote", c.getWithdrawalNote())
                            .map())
                .toList()));
    return this;
  }

  SubjectDisclosure activities(List<Activity> activities) {
    sections.add(
        new Disclosure.Section(
            "journal",
            activities.stream()
                .map(
                    a ->
                        new Disclosure.Fields()
                            .put("type", a.getType())
                            .put("occurredAt", a.getOccurredAt())
                            .put("subject", a.getSubject())
                            .put("durationMinutes", a.getDurationMinutes())
                            .put("participants", a.getParticipants())
                            .put("outcome", a.getOutcome())
                            .put("author", a.getAuthor().getDisplayName())
                            .map())
                .toList()));
    return this;
  }

  SubjectDisclosure tasks(List<Task> tasks) {
    sections.add(
        new Disclosure.Section(
            "tasks",
            tasks.stream()
                .map(
                    t ->
                        new Disclosure.Fields()
                            .put("subject", t.getSubject())
                            .put("description", t.getDescription())
                            .put("dueDate", t.getDueDate())
                            .put("priority", t.getPriority())
                            .put("doneAt", t.getDoneAt())
                            .put("assignee", t.getAssignee().getDisplayName())
                            .map())
                .toList()));
    return this;
  }

  SubjectDisclosure documents(List<Document> documents) {
    sections.add(
        new Disclosure.Section(
            "documents",
            documents.stream()
                .map(
                    d ->
                        new Disclosure.Fields()
                            .put("fileName", d.getFileName())
                            .put("contentType", d.getContentType())
                            .put("sizeBytes", d.getSizeBytes())
                            .put("filedAt", d.getCreatedAt())
                            .put("filedBy", d.getUploader().getDisplayName())
                            .map())
                .toList()));
    return this;
  }

  /** The opportunities the person has a part in buying, and which part. */
  SubjectDisclosure buyingRoles(List<OpportunityContact> roles) {
    sections.add(
        new Disclosure.Section(
            "buyingRoles",
            roles.stream()
                .map(
                    b ->
                        new Disclosure.Fields()
                            .put("opportunity", b.getOpportunity().getName())
                            .put("buyingRole", b.getRole())
                            .put("createdAt", b.getCreatedAt())
                            .put("createdBy", b.getCreatedBy())
                            .map())
                .toList()));
    return this;
  }

  /** Where the person came to us as a lead, and what they told us then. */
  SubjectDisclosure leads(List<Lead> leads) {
    sections.add(
        new Disclosure.Section(
            "leads",
            leads.stream()
                .map(
                    l ->
                        new Disclosure.Fields()
                            .put("capturedAt", l.getOrigin().getCapturedAt())
                            .put("source", l.getOrigin().getSource())
                            .put("formId", l.getOrigin().getFormId())
                            .put("pageUrl", l.getOrigin().getPageUrl())
                            .put("referrer", l.getOrigin().getReferrer())
                            .put("campaign", l.getOrigin().getUtmCampaign())
                            .put("firstName", l.getPerson().getFirstName())
                            .put("lastName", l.getPerson().getLastName())
                            .put("email", l.getPerson().getEmail())
                            .put("phone", l.getPerson().getPhone())
                            .put("position", l.getPerson().getJobTitle())
                            .put("company", l.getCompany())
                            .put("message", l.getMessage())
                            .put("status", l.getStatus())
                            .put("score", l.getScore())
                            // profiling (Art. 15 (1) h DSGVO): the predicted chance and its factors
                            .put("predictedChance", l.getPredictedScore())
                            .put(
                                "predictionFactors",
                                l.prediction()
                                    .map(
                                        p ->
                                            p.factors().stream()
                                                .map(f -> f.feature())
                                                .collect(java.util.stream.Collectors.joining(", ")))
                                    .orElse(null))
                            .map())
                .toList()));
    return this;
  }

  SubjectDisclosure mergedDuplicates(List<Contact> duplicates) {
    sections.add(
        new Disclosure.Section(
            "mergedDuplicates", duplicates.stream().map(d -> personFields(d).map()).toList()));
    return this;
  }

  /** Who changed what and when; sensitive values are only marked as changed. */
  SubjectDisclosure history(List<AuditEntry> entries) {
    sections.add(
        new Disclosure.Section(
            "history",
            entries.stream()
                .map(
                    e ->
                        new Disclosure.Fields()
                            .put("at", e.getAt())
                            .put("user", e.getUsername())
                            .put("action", e.getAction())
                            .put(
                                "changes",
                                AuditChanges.read(e.getChanges()).stream()
                                    .map(
                                        c ->
                                            c.field()
                                                + ": "
                                                + (c.before() == null ? "" : c.before())
                                                + " → "
                                                + (c.after() == null ? "" : c.after()))
                                    .toList())
                            .map())
                .toList()));
    return this;
  }

  List<Disclosure.Section> sections() {
    return sections;
  }

  private static Disclosure.Fields personFields(Contact contact) {
    Address address = contact.getAddress() == null ? new Address() : contact.getAddress();
    return new Disclosure.Fields()
        .put("id", contact.getId())
        .put("salutation", contact.getSalutation())
        .put("title", contact.getTitle())
        .put("firstName", contact.getFirstName())
        .put("lastName", contact.getLastName())
        .put("position", contact.getPosition())
        .put("birthday", contact.getBirthday())
        .put("preferredLanguage", contact.getPreferredLanguage())
        .put("emails", contact.getEmails().stream().map(e -> e.getAddress()).toList())
        .put("phones", contact.getPhones().stream().map(p -> p.getE164()).toList())
        .put("street", address.getStreet())
        .put("postalCode", address.getPostalCode())
        .put("city", address.getCity())
        .put("state", address.getState())
        .put("country", address.getCountry())
        .put("company", contact.getAccount() == null ? null : contact.getAccount().getName())
        .put("owner", contact.getOwner().getDisplayName())
        .put("team", contact.getTeam() == null ? null : contact.getTeam().getName())
        .put("tags", contact.tagNames())
        .put(
            "uncheckedFromImports",
            contact.getUnchecked().stream().map(u -> u.getWritten()).toList())
        .put("createdAt", contact.getCreatedAt())
        .put("createdBy", contact.getCreatedBy())
        .put("modifiedAt", contact.getModifiedAt())
        .put("modifiedBy", contact.getModifiedBy());
  }
}
