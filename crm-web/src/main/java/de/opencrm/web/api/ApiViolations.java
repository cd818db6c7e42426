package de.opencrm.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid fields found by a service's bean validation, as problem details naming each field (rather
 * than RESTEasy's own violation report).
 */
@Provider
public class ApiViolations implements ExceptionMapper<ConstraintViolationException> {

  private final ApiErrors errors = new ApiErrors();

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return errors.toResponse(invalid);
  }
}
