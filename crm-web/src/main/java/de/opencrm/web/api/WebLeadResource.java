package de.opencrm.web.api;

import static de.opencrm.domain.common.JsonTexts.JSON;

import de.opencrm.application.lead.capture.WebFormService;
import de.opencrm.application.lead.capture.WebLeadGroupCommit;
import de.opencrm.application.lead.capture.WebLeadSettings;
import de.opencrm.domain.common.InputText;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.capture.SubmissionKey;
import de.opencrm.domain.lead.capture.WebLeadSubmission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The public web-to-lead endpoint: a website's contact form posts to it directly (form-encoded; the
 * visitor then sees the thank-you page), other systems send JSON. No login; per client address at
 * most a few submissions a minute (429 with Retry-After), small bodies only (413), a honeypot that
 * lets bots believe they succeeded, problem details (RFC 9457) naming each wrong field, and an
 * Idempotency-Key header that makes a retry safe: the same key again is answered as the first time
 * (marked Idempotent-Replayed) and creates no second lead. A form the administrator configured
 * gives its leads their source and sends the visitor to its own thank-you page; once forms name the
 * websites allowed to send them, browsers on other origins are refused (CORS allowlist).
 */
@Path("v1/web-leads")
@RequestScoped
public class WebLeadResource {

  /** The header that makes a retry safe (draft-ietf-httpapi-idempotency-key-header). */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  static final long BUSY_RETRY_SECONDS = 5;

  @Inject WebLeadGroupCommit intake;
  @Inject WebLeadSettings settings;
  @Inject WebFormService forms;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fromForm() {
    // the servlet container parses a form's parameters (filters before this one may have asked
    // for them), so they are read from the request rather than from the body again
    return take(name -> InputText.clean(request.getParameter(name)), LeadSource.WEB_FORM, true);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response fromJson(String sent) {
    JsonValue body;
    try (JsonReader reader = JSON.createReader(new StringReader(sent == null ? "" : sent))) {
      body = reader.readValue();
    } catch (RuntimeException e) {
      // JsonException, and Parsson's refusal of input nested deeper than it reads (a plain one)
      return Problems.of(Response.Status.BAD_REQUEST, "The body is no valid JSON.");
    }
    if (body.getValueType() != JsonValue.ValueType.OBJECT) {
      return Problems.of(Response.Status.BAD_REQUEST, "The body must be a JSON object.");
    }
    JsonObject json = body.asJsonObject();
    Function<String, String> field =
        name -> {
          JsonValue value = json.get(name);
          if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
          }
          return InputText.clean(
              value instanceof JsonString text ? text.getString() : value.toString());
        };
    boolean fromForm = field.apply("formId") != null || field.apply("form_id") != null;
    return take(field, fromForm ? LeadSource.WEB_FORM : LeadSource.API, false);
  }

  /** A browser asking whether a page on its origin may post JSON here (CORS preflight). */
  @OPTIONS
  public Response preflight() {
    String origin = headers.getHeaderString(WebLeadCors.ORIGIN);
    if (origin == null || !originAllowed(origin)) {
      return Problems.of(Response.Status.FORBIDDEN, "This website may not send leads here.");
    }
    // WebLeadCors adds the origin the answer is for
    return Response.noContent()
        .header("Access-Control-Allow-Methods", "POST")
        .header("Access-Control-Allow-Headers", "Content-Type, " + IDEMPOTENCY_KEY)
        .header("Access-Control-Max-Age", "600")
        .build();
  }

  /** Asks once per request; the CORS filter reads the answer from the request. */
  private boolean originAllowed(String origin) {
    boolean allowed = forms.allowsOrigin(origin);
    request.setAttribute(WebLeadCors.ORIGIN_ALLOWED, allowed);
    return allowed;
  }

  private Response take(Function<String, String> field, LeadSource sent, boolean browser) {
    String origin = headers.getHeaderString(WebLeadCors.ORIGIN);
    if (origin != null && !originAllowed(origin)) {
      return Problems.of(Response.Status.FORBIDDEN, "This website may not send leads here.");
    }
    Optional<Duration> wait = settings.limiter().acquire(request.getRemoteAddr(), Instant.now());
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds() + 1);
      return Response.fromResponse(
              Problems.of(
                  Response.Status.TOO_MANY_REQUESTS, "Too many submissions; try again later."))
          .header(HttpHeaders.RETRY_AFTER, seconds)
          .build();
    }
    WebLeadSubmission.Reading reading = WebLeadSubmission.read(field);
    if (!reading.valid()) {
      return Problems.invalid(reading.errors());
    }
    String formKey = reading.submission().formId();
    Optional<WebFormService.FormRules> form =
        formKey == null ? Optional.empty() : forms.rulesFor(formKey);
    if (form.isPresent() && !form.get().active()) {
      return Problems.of(Response.Status.FORBIDDEN, "This form takes no more submissions.");
    }
    LeadSource source = form.map(WebFormService.FormRules::source).orElse(sent);
    Optional<String> thankYou =
        form.map(WebFormService.FormRules::thankYouUrl).or(settings::thankYouUrl);
    String key = headers.getHeaderString(IDEMPOTENCY_KEY);
    if (key != null && !SubmissionKey.isValid(key)) {
      return Problems.of(
          Response.Status.BAD_REQUEST,
          "The Idempotency-Key must be 1 to 100 visible ASCII characters.");
    }
    WebLeadGroupCommit.Answer outcome =
        intake.accept(reading.submission(), source, headers.getHeaderString("Referer"), key);
    if (outcome == WebLeadGroupCommit.Answer.BUSY) {
      return Problems.busy(BUSY_RETRY_SECONDS);
    }
    boolean replayed = outcome == WebLeadGroupCommit.Answer.REPLAYED;
    Response.ResponseBuilder answer =
        browser && thankYou.isPresent()
            ? Response.seeOther(URI.create(thankYou.get()))
            : Response.status(Response.Status.ACCEPTED)
                .type(MediaType.APPLICATION_JSON)
                .entity(JSON.createObjectBuilder().add("received", true).build().toString());
    return replayed ? answer.header("Idempotent-Replayed", "true").build() : answer.build();
  }
}
