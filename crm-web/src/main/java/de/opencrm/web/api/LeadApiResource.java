package de.opencrm.web.api;

import static de.opencrm.domain.common.JsonTexts.JSON;

import de.opencrm.application.lead.LeadCreated;
import de.opencrm.application.lead.LeadDetail;
import de.opencrm.application.lead.LeadForm;
import de.opencrm.application.lead.LeadService;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.common.InputText;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadRow;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.StatusReason;
import de.opencrm.domain.lead.capture.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authenticated leads API for other systems (an integration account, HTTP Basic on every
 * request, see ApiCredentials; documented in openapi.yaml): search and page through leads, read
 * one, create one (scored and routed like any other), and move one on. The caller's role and record
 * scope apply as in the UI; refusals come back as problem details.
 */
@Path("v1/leads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeadApiResource {

  static final int DEFAULT_SIZE = 50;

  @Inject LeadService leads;

  @GET
  public Response search(
      @QueryParam("q") String text,
      @QueryParam("status") String status,
      @QueryParam("source") String source,
      @QueryParam("minScore") Integer minScore,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    List<FieldError> wrong = new ArrayList<>();
    Map<String, String> criteria = new HashMap<>();
    enumValue(LeadStatus.class, status, "status", wrong)
        .ifPresent(s -> criteria.put(LeadRepository.STATUS, s.name()));
    enumValue(LeadSource.class, source, "source", wrong)
        .ifPresent(s -> criteria.put(LeadRepository.SOURCE, s.name()));
    if (minScore != null) {
      if (minScore < 0 || minScore > 100) {
        wrong.add(new FieldError("minScore", "invalid", "a score from 0 to 100"));
      } else {
        criteria.put(LeadRepository.MIN_SCORE, String.valueOf(minScore));
      }
    }
    if (first < 0) {
      wrong.add(new FieldError("first", "invalid", "0 or more"));
    }
    if (size < 1 || size > PageRequest.MAX_SIZE) {
      wrong.add(new FieldError("size", "invalid", "1 to " + PageRequest.MAX_SIZE));
    }
    if (!wrong.isEmpty()) {
      return Problems.invalid(wrong);
    }
    Page<LeadRow> page =
        leads.listLeads(new PageRequest(first, size, "capturedAt", false, text, criteria));
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    for (LeadRow row : page.rows()) {
      JsonObjectBuilder json =
          JSON.createObjectBuilder()
              .add("id", row.id())
              .add("status", row.status().name())
              .add("score", row.score())
              .add("source", row.source().name())
              .add("capturedAt", row.capturedAt().toString());
      put(json, "name", row.name());
      put(json, "company", row.company());
      put(json, "postalCode", row.postalCode());
      put(json, "city", row.city());
      put(json, "owner", row.ownerName());
      rows.add(json);
    }
    return Response.ok(
            JSON.createObjectBuilder()
                .add("total", page.total())
                .add("first", first)
                .add("leads", rows)
                .build()
                .toString())
        .build();
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    return Response.ok(json(leads.loadLead(id)).toString()).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String body) {
    Optional<JsonObject> json = object(body);
    if (json.isEmpty()) {
      return Problems.of(Response.Status.BAD_REQUEST, "The body must be a JSON object.");
    }
    JsonObject in = json.get();
    List<FieldError> wrong = new ArrayList<>();
    LeadForm form = new LeadForm();
    form.setFirstName(text(in, "firstName"));
    form.setLastName(text(in, "lastName"));
    form.setEmail(text(in, "email"));
    form.setPhone(text(in, "phone"));
    form.setJobTitle(text(in, "jobTitle"));
    form.setLanguage(Optional.ofNullable(text(in, "language")).orElse("de"));
    form.setCompany(text(in, "company"));
    form.setIndustry(text(in, "industry"));
    form.setMessage(text(in, "message"));
    form.setStreet(text(in, "street"));
    form.setPostalCode(text(in, "postalCode"));
    form.setCity(text(in, "city"));
    Optional.ofNullable(text(in, "country")).ifPresent(form::setCountry);
    enumValue(CompanySize.class, text(in, "companySize"), "companySize", wrong)
        .ifPresent(form::setCompanySize);
    form.setSource(
        enumValue(LeadSource.class, text(in, "source"), "source", wrong).orElse(LeadSource.API));
    if (!wrong.isEmpty()) {
      return Problems.invalid(wrong);
    }
    LeadCreated created = leads.createLead(form);
    return Response.created(URI.create("v1/leads/" + created.id()))
        .entity(json(leads.loadLead(created.id())).toString())
        .build();
  }

  /**
   * Moves a lead on: {"status": "DISQUALIFIED", "reason": "NO_BUDGET", "note": "…", "version": 3}.
   */
  @PATCH
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeStatus(@PathParam("id") long id, String body) {
    Optional<JsonObject> json = object(body);
    if (json.isEmpty()) {
      return Problems.of(Response.Status.BAD_REQUEST, "The body must be a JSON object.");
    }
    JsonObject in = json.get();
    List<FieldError> wrong = new ArrayList<>();
    Optional<LeadStatus> status = enumValue(LeadStatus.class, text(in, "status"), "status", wrong);
    if (status.isEmpty() && wrong.isEmpty()) {
      wrong.add(new FieldError("status", "required", "the new status"));
    }
    Optional<StatusReason> reason =
        enumValue(StatusReason.class, text(in, "reason"), "reason", wrong);
    JsonValue version = in.get("version");
    if (!(version instanceof JsonNumber)) {
      wrong.add(new FieldError("version", "required", "the version read, against lost updates"));
    }
    if (!wrong.isEmpty()) {
      return Problems.invalid(wrong);
    }
    leads.changeStatus(
        id,
        ((JsonNumber) version).longValue(),
        status.get(),
        reason.orElse(null),
        text(in, "note"));
    return Response.ok(json(leads.loadLead(id)).toString()).build();
  }

  private static JsonObject json(LeadDetail detail) {
    Lead lead = detail.lead();
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", lead.getId())
            .add("version", lead.getVersion())
            .add("status", lead.getStatus().name())
            .add("score", lead.getScore())
            .add("source", lead.getOrigin().getSource().name())
            .add("capturedAt", lead.getOrigin().getCapturedAt().toString());
    put(json, "firstName", lead.getPerson().getFirstName());
    put(json, "lastName", lead.getPerson().getLastName());
    put(json, "email", lead.getPerson().getEmail());
    put(json, "phone", lead.getPerson().getPhone());
    put(json, "jobTitle", lead.getPerson().getJobTitle());
    put(json, "company", lead.getCompany());
    put(json, "industry", lead.getIndustry());
    put(json, "companySize", lead.getCompanySize() == null ? null : lead.getCompanySize().name());
    put(json, "postalCode", lead.getAddress().getPostalCode());
    put(json, "city", lead.getAddress().getCity());
    put(json, "country", lead.getAddress().getCountry());
    put(json, "message", lead.getMessage());
    put(json, "formId", lead.getOrigin().getFormId());
    put(json, "utmCampaign", lead.getOrigin().getUtmCampaign());
    put(
        json,
        "statusReason",
        lead.getStatusReason() == null ? null : lead.getStatusReason().name());
    put(json, "owner", detail.ownerName());
    put(json, "team", detail.teamName());
    put(json, "routingRule", detail.routingRule());
    put(json, "convertedAt", instant(lead.getConvertedAt()));
    return json.build();
  }

  private static String instant(Instant at) {
    return at == null ? null : at.toString();
  }

  private static void put(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static Optional<JsonObject> object(String body) {
    try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
      JsonValue value = reader.readValue();
      return value.getValueType() == JsonValue.ValueType.OBJECT
          ? Optional.of(value.asJsonObject())
          : Optional.empty();
    } catch (RuntimeException e) {
      // JsonException, and Parsson's refusal of input nested deeper than it reads (a plain one)
      return Optional.empty();
    }
  }

  private static String text(JsonObject in, String name) {
    JsonValue value = in.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return InputText.clean(value instanceof JsonString s ? s.getString() : value.toString());
  }

  private static <E extends Enum<E>> Optional<E> enumValue(
      Class<E> type, String text, String field, List<FieldError> wrong) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, text.strip()));
    } catch (IllegalArgumentException e) {
      wrong.add(
          new FieldError(
              field, "invalid", "one of " + java.util.Arrays.toString(type.getEnumConstants())));
      return Optional.empty();
    }
  }
}
