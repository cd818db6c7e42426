package de.opencrm.web.format;

import de.opencrm.domain.admin.Role;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Role values in forms; needed where Faces cannot see the element type (a list of roles). */
@FacesConverter("role")
public class RoleConverter implements Converter<Role> {

  @Override
  public Role getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new ConverterException("unknown role", e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Role value) {
    return value == null ? "" : value.name();
  }
}
