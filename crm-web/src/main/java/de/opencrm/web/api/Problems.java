package de.opencrm.web.api;

import static de.opencrm.domain.common.JsonTexts.JSON;

import de.opencrm.domain.lead.capture.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Error answers as RFC 9457 problem details (application/problem+json), with field errors. */
public final class Problems {

  public static final String TYPE = "application/problem+json";

  private Problems() {}

  public static Response of(Response.Status status, String detail) {
    return of(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
  }

  /** Too many submissions at the moment: 503, come back after the given seconds. */
  public static Response busy(long retryAfterSeconds) {
    return Response.fromResponse(
            of(
                Response.Status.SERVICE_UNAVAILABLE,
                "Too many submissions at the moment; try again shortly."))
        .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
        .build();
  }

  public static Response invalid(List<FieldError> errors) {
    return of(400, "Invalid lead", "Some fields are missing or wrong; see errors.", errors);
  }

  static Response of(int status, String title, String detail, List<FieldError> errors) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = JSON.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  JSON.createObjectBuilder()
                      .add("field", e.field())
                      .add("code", e.code())
                      .add("message", e.message())));
      body.add("errors", list);
    }
    return Response.status(status).type(TYPE).entity(body.build().toString()).build();
  }
}
