package de.opencrm.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The authenticated API takes its caller from the request's own credentials (HTTP Basic), never
 * from a browser session's cookie: a page elsewhere cannot make a logged-in user's browser call it
 * (no CSRF). The public web-to-lead endpoint needs no login and is left alone.
 */
@Provider
public class ApiCredentials implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.contains("v1/web-leads") || path.contains("openapi")) {
      return;
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      request.abortWith(
          Response.fromResponse(
                  Problems.of(
                      Response.Status.UNAUTHORIZED,
                      "Send the integration account's credentials with every request (HTTP"
                          + " Basic)."))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"crm\"")
              .build());
    }
  }
}
