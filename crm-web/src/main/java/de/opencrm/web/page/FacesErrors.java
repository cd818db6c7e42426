package de.opencrm.web.page;

import de.opencrm.domain.common.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Shows what a service refused as a localized message, next to the field it concerns when there is
 * one. A concurrent edit detected by the database is told the same way. Anything else is a fault
 * and goes on to the error page.
 */
@ApplicationScoped
public class FacesErrors {

  /** Shows the refusal, or rethrows when the exception is no refusal the user can act on. */
  public void show(RuntimeException e, String formId) {
    BusinessException refusal = refusal(e);
    if (refusal == null) {
      throw e;
    }
    showAt(refusal, refusal.getField() == null ? null : formId + ":" + refusal.getField());
  }

  public void info(String key, Object... arguments) {
    infoAt(null, key, arguments);
  }

  /**
   * An information for the messages of one part of the page (a client id), so the page-wide
   * messages do not repeat it.
   */
  public void infoAt(String clientId, String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
  }

  /** A refusal for the messages of one part of the page; anything else is rethrown. */
  public void showAt(RuntimeException e, String clientId) {
    BusinessException refusal = refusal(e);
    if (refusal == null) {
      throw e;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = text(refusal.getMessageKey(), refusal.getArguments());
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  public String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    // an argument that is itself a message key (a field's name, such as import.field.EMAIL) is
    // shown in the user's language too
    Object[] shown = arguments.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof String s && s.indexOf('.') > 0 && bundle.containsKey(s)) {
        shown[i] = bundle.getString(s);
      }
    }
    return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(shown);
  }

  /** Whether the failure is someone else's change since the user read the record. */
  public static boolean isConcurrentEdit(Throwable e) {
    BusinessException refusal = refusal(e);
    return refusal != null && "error.concurrentEdit".equals(refusal.getMessageKey());
  }

  private static BusinessException refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException b) {
        return b;
      }
      if (t instanceof OptimisticLockException) {
        return new BusinessException("error.concurrentEdit", "?");
      }
    }
    return null;
  }
}
