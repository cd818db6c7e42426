package de.opencrm.web.api;

import de.opencrm.domain.common.InputText;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON body must be UTF-8 (RFC 8259): one that is not is refused with 400 before anything reads
 * it, rather than read with replacement characters in place of what the sender meant. (A form's
 * parameters are decoded by the servlet container.)
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class Utf8Body implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    MediaType type = request.getMediaType();
    if (!request.hasEntity()
        || type == null
        || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
      return;
    }
    byte[] body;
    try (InputStream in = request.getEntityStream()) {
      body = in.readAllBytes();
    }
    if (!InputText.isUtf8(body)) {
      request.abortWith(
          Problems.of(Response.Status.BAD_REQUEST, "The body must be JSON in UTF-8."));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
  }
}
