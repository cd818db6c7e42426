package de.opencrm.web.page;

/**
 * When a record page shows its fields as a form: a new record always; a stored one only after the
 * user asked ("Bearbeiten", the address's {@code edit=true}) and may change or at least tag it.
 */
public final class EditOnDemand {

  private EditOnDemand() {}

  public static boolean editing(boolean isNew, boolean asked, boolean editable, boolean taggable) {
    return isNew || asked && (editable || taggable);
  }
}
