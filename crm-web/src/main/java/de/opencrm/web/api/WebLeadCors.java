package de.opencrm.web.api;

import de.opencrm.application.lead.capture.WebFormService;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets the pages of an allowed website read the web-to-lead endpoint's answers (CORS): every answer
 * to a browser on an allowed origin names that origin, including refusals, so the page's script can
 * show what was wrong. Other origins get no such header and their browser hides the answer; the
 * endpoint itself refuses their submissions.
 */
@Provider
public class WebLeadCors implements ContainerResponseFilter {

  static final String ORIGIN = "Origin";

  /** The request attribute where the endpoint leaves its verdict on the origin, asked once. */
  static final String ORIGIN_ALLOWED = WebLeadCors.class.getName() + ".originAllowed";

  @Inject WebFormService forms;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString(ORIGIN);
    if (origin == null || !request.getUriInfo().getPath().contains("v1/web-leads")) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.add("Vary", ORIGIN);
    Object known = request.getProperty(ORIGIN_ALLOWED);
    boolean allowed = known instanceof Boolean b ? b : forms.allowsOrigin(origin);
    if (allowed) {
      headers.putSingle("Access-Control-Allow-Origin", origin);
      headers.putSingle("Access-Control-Expose-Headers", "Retry-After, Idempotent-Replayed");
    }
  }
}
