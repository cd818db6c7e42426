package de.opencrm.web.api;

import static de.opencrm.domain.common.JsonTexts.JSON;

import de.opencrm.application.lead.capture.LeadWebhookService;
import de.opencrm.application.lead.capture.WebLeadGroupCommit;
import de.opencrm.domain.lead.capture.SubmissionKey;
import de.opencrm.domain.lead.capture.WebLeadSubmission;
import de.opencrm.domain.lead.capture.WebhookSignature;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Leads a social network's lead forms or another platform deliver by webhook, one address per
 * connected platform ({@code /crm/api/v1/lead-webhooks/<key>}). No login: each delivery is signed
 * with the webhook's secret (HMAC-SHA256 of the body in X-Hub-Signature-256 or X-Signature-256),
 * anything unsigned or signed otherwise is refused. The administrator's mapping says where each
 * lead field is; the lead then goes the way of a website's (duplicates, scoring, routing) with the
 * webhook's source, and the platform's lead id makes a repeated delivery harmless. The GET answers
 * the subscription check platforms such as Meta make (hub.challenge with the secret as the verify
 * token).
 */
@Path("v1/lead-webhooks/{key}")
@RequestScoped
public class LeadWebhookResource {

  static final String SIGNATURE = "X-Signature-256";
  static final String META_SIGNATURE = "X-Hub-Signature-256";
  static final long BUSY_RETRY_SECONDS = 5;

  @Inject LeadWebhookService hooks;
  @Inject WebLeadGroupCommit intake;
  @Context HttpHeaders headers;

  @GET
  public Response verify(
      @PathParam("key") String key,
      @QueryParam("hub.mode") String mode,
      @QueryParam("hub.verify_token") String token,
      @QueryParam("hub.challenge") String challenge) {
    Optional<LeadWebhookService.HookRules> hook = hooks.rulesFor(key);
    if (hook.isEmpty()) {
      return Problems.of(Response.Status.NOT_FOUND, "No webhook has this address.");
    }
    boolean confirmed =
        "subscribe".equals(mode)
            && token != null
            && challenge != null
            && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8),
                hook.get().secret().getBytes(StandardCharsets.UTF_8));
    if (!confirmed) {
      return Problems.of(Response.Status.FORBIDDEN, "The verify token does not match.");
    }
    return Response.ok(challenge, MediaType.TEXT_PLAIN).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response deliver(@PathParam("key") String key, byte[] body) {
    Optional<LeadWebhookService.HookRules> found = hooks.rulesFor(key);
    if (found.isEmpty()) {
      return Problems.of(Response.Status.NOT_FOUND, "No webhook has this address.");
    }
    LeadWebhookService.HookRules hook = found.get();
    if (!hook.active()) {
      return Problems.of(Response.Status.FORBIDDEN, "This webhook takes no more leads.");
    }
    String signature =
        Optional.ofNullable(headers.getHeaderString(META_SIGNATURE))
            .orElse(headers.getHeaderString(SIGNATURE));
    byte[] sent = body == null ? new byte[0] : body;
    if (!WebhookSignature.matches(hook.secret(), sent, signature)) {
      return Response.fromResponse(
              Problems.of(
                  Response.Status.UNAUTHORIZED,
                  "Sign each delivery with the webhook's secret (HMAC-SHA256 of the body as"
                      + " sha256=<hex> in "
                      + META_SIGNATURE
                      + ")."))
          .build();
    }
    JsonValue payload;
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(sent))) {
      payload = reader.readValue();
    } catch (RuntimeException e) {
      // JsonException, and Parsson's refusal of input nested deeper than it reads (a plain one)
      return Problems.of(Response.Status.BAD_REQUEST, "The body is no valid JSON.");
    }
    Map<String, String> values = hook.mapping().apply(payload);
    WebLeadSubmission.Reading reading =
        WebLeadSubmission.read(name -> "formId".equals(name) ? hook.key() : values.get(name));
    if (!reading.valid()) {
      return Problems.invalid(reading.errors());
    }
    String id = values.get("id");
    String deliveryKey = id == null ? null : hook.key() + ":" + id;
    if (deliveryKey != null && !SubmissionKey.isValid(deliveryKey)) {
      deliveryKey = null;
    }
    WebLeadGroupCommit.Answer outcome =
        intake.accept(reading.submission(), hook.source(), null, deliveryKey);
    if (outcome == WebLeadGroupCommit.Answer.BUSY) {
      return Problems.busy(BUSY_RETRY_SECONDS);
    }
    boolean replayed = outcome == WebLeadGroupCommit.Answer.REPLAYED;
    Response.ResponseBuilder answer =
        Response.status(Response.Status.ACCEPTED)
            .type(MediaType.APPLICATION_JSON)
            .entity(JSON.createObjectBuilder().add("received", true).build().toString());
    return replayed ? answer.header("Idempotent-Replayed", "true").build() : answer.build();
  }
}
