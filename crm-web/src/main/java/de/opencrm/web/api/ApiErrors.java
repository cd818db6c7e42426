package de.opencrm.web.api;

import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.capture.FieldError;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API as problem details: 403 for a role that may not, the CRM's refusals with
 * their English message (404 not found, 409 changed meanwhile, 400 with the field otherwise), 400
 * naming each invalid field, the status JAX-RS chose for a wrong method, media type or unreadable
 * body, and a plain 500 without internals for anything unexpected (logged).
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  private static final Locale API_LANGUAGE = Locale.ENGLISH;

  @Override
  public Response toResponse(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return Problems.of(Response.Status.FORBIDDEN, "Your role may not do this.");
      }
      if (t instanceof BusinessException refusal) {
        return refused(refusal);
      }
      if (t instanceof ConstraintViolationException invalid) {
        List<FieldError> errors =
            invalid.getConstraintViolations().stream()
                .map(
                    v ->
                        new FieldError(
                            lastNode(v.getPropertyPath().toString()), "invalid", v.getMessage()))
                .toList();
        return Problems.invalid(errors);
      }
      if (t instanceof jakarta.persistence.OptimisticLockException) {
        return Problems.of(
            Response.Status.CONFLICT, "Someone changed this record meanwhile; read it again.");
      }
    }
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

  /** A refusal the caller can act on: 404 for what is not there, 409 for a stale version. */
  private static Response refused(BusinessException refusal) {
    String key = refusal.getMessageKey();
    String text = text(key, refusal.getArguments());
    int status = key.endsWith("notFound") ? 404 : key.equals("error.concurrentEdit") ? 409 : 400;
    List<FieldError> errors =
        refusal.getField() == null
            ? List.of()
            : List.of(new FieldError(refusal.getField(), key, text));
    return Problems.of(
        status, Response.Status.fromStatusCode(status).getReasonPhrase(), text, errors);
  }

  private static String text(String key, Object[] arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", API_LANGUAGE);
    if (!bundle.containsKey(key)) {
      return key;
    }
    Object[] shown = arguments.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof String s && s.indexOf('.') > 0 && bundle.containsKey(s)) {
        shown[i] = bundle.getString(s);
      }
    }
    return new MessageFormat(bundle.getString(key), API_LANGUAGE).format(shown);
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
