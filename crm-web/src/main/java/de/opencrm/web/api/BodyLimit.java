package de.opencrm.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Public endpoints read at most {@link #MAX_BYTES} of a body: a larger one, announced or streamed,
 * is answered 413 before anything parses it (a form, which the servlet container parses itself,
 * must announce its length).
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

  static final int MAX_BYTES = 32 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String path = request.getUriInfo().getPath();
    if (!(path.startsWith("/v1/web-leads") || path.startsWith("/v1/lead-webhooks"))
        || !request.hasEntity()) {
      return;
    }
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(tooLarge());
      return;
    }
    if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
      // the servlet container has read a form's parameters already; browsers always announce its
      // length, which was checked above
      if (request.getLength() < 0) {
        request.abortWith(
            Problems.of(Response.Status.LENGTH_REQUIRED, "Send the form with its length."));
      }
      return;
    }
    try (InputStream body = request.getEntityStream()) {
      byte[] read = body.readNBytes(MAX_BYTES + 1);
      if (read.length > MAX_BYTES) {
        request.abortWith(tooLarge());
        return;
      }
      request.setEntityStream(new ByteArrayInputStream(read));
    }
  }

  private static Response tooLarge() {
    return Problems.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE, "At most " + MAX_BYTES + " bytes.");
  }
}
