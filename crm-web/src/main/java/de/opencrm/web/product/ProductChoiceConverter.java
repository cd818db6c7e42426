package de.opencrm.web.product;

import de.opencrm.application.product.ProductChoice;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Carries a chosen product through the page as "id:label", so the chooser shows it again without
 * asking the database; the service checks the id when the line or price is saved.
 */
@FacesConverter("productChoice")
public class ProductChoiceConverter implements Converter<ProductChoice> {

  @Override
  public ProductChoice getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int colon = value.indexOf(':');
    try {
      long id = Long.parseLong(colon < 0 ? value : value.substring(0, colon));
      return new ProductChoice(id, colon < 0 ? "" : value.substring(colon + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, ProductChoice choice) {
    return choice == null ? "" : choice.id() + ":" + choice.label();
  }
}
