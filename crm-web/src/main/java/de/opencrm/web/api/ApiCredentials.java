package de.opencrm.web.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;

/**
 * The authenticated API takes its caller from the request's own credentials (HTTP Basic), never
 * from a browser session's cookie: a page elsewhere cannot make a logged-in user's browser call it
 * (no CSRF). The public web-to-lead endpoint needs no login and is left alone.
 */
@Provider
public class ApiCredentials implements ContainerRequestFilter {

  @Context HttpServletRequest servlet;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.contains("v1/web-leads")
        || path.contains("v1/lead-webhooks")
        || path.contains("openapi")) {
      return;
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    if (!basic) {
      refuse(
          request, "Send the integration account's credentials with every request (HTTP Basic).");
    } else if (!signedInAs(authorization.substring(6).strip())) {
      refuse(request, "The user name or password is wrong, or the account is locked.");
    }
  }

  /**
   * Whether the request's caller is the user its credentials name: signed in by the container's
   * BASIC mechanism already, or now. A browser session of someone else does not count.
   */
  private boolean signedInAs(String encoded) {
    String[] credentials = decode(encoded);
    if (credentials == null) {
      return false;
    }
    Principal caller = servlet.getUserPrincipal();
    if (caller != null) {
      return caller.getName().equalsIgnoreCase(credentials[0]);
    }
    try {
      servlet.login(credentials[0], credentials[1]);
      return servlet.getUserPrincipal() != null;
    } catch (ServletException refused) {
      return false;
    }
  }

  /** User name and password of a Basic header's value; null when it is none. */
  private static String[] decode(String encoded) {
    String pair;
    try {
      pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = pair.indexOf(':');
    return colon <= 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
  }

  private static void refuse(ContainerRequestContext request, String detail) {
    request.abortWith(
        Response.fromResponse(Problems.of(Response.Status.UNAUTHORIZED, detail))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"crm\"")
            .build());
  }
}
