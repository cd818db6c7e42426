package de.opencrm.web.account;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Carries a chosen company through the page as "id:name", so the chooser shows its name again
 * without asking the database; the service checks the id when the form is saved.
 */
@FacesConverter("accountChoice")
public class AccountChoiceConverter implements Converter<AccountChoice> {

  @Override
  public AccountChoice getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int colon = value.indexOf(':');
    try {
      long id = Long.parseLong(colon < 0 ? value : value.substring(0, colon));
      return new AccountChoice(id, colon < 0 ? "" : value.substring(colon + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, AccountChoice choice) {
    return choice == null ? "" : choice.id() + ":" + choice.name();
  }
}
