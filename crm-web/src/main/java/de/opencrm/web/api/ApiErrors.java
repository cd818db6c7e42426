package de.opencrm.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API as problem details: the status JAX-RS chose for a wrong method, media
 * type or unreadable body, and a plain 500 without internals for anything unexpected (logged).
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    if (error instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
      if (status.getStatusCode() < 500) {
        return Problems.of(
            status.getStatusCode(),
            status.getReasonPhrase(),
            "The request cannot be processed.",
            java.util.List.of());
      }
    }
    LOG.log(Level.SEVERE, "API request failed", error);
    return Problems.of(
        Response.Status.INTERNAL_SERVER_ERROR, "The CRM could not process the request.");
  }
}
