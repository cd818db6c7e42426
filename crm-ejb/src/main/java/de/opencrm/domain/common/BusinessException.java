package de.opencrm.domain.common;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A request the CRM refuses for a reason the user can act on. It carries a message key from the
 * resource bundles (and its arguments) instead of text, so the view shows it in the user's
 * language; the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final String messageKey;
  private final String field;
  private final transient Object[] arguments;

  public BusinessException(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  private BusinessException(String field, String messageKey, Object[] arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** A refusal caused by one form field, so the view can show it next to that field. */
  public static BusinessException onField(String field, String messageKey, Object... arguments) {
    return new BusinessException(field, messageKey, arguments);
  }

  public String getMessageKey() {
    return messageKey;
  }

  /** The form field this refusal belongs to, or null for the whole form. */
  public String getField() {
    return field;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
