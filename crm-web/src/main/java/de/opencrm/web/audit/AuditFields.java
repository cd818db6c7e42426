package de.opencrm.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/** A changed field's name in the user's language where the bundle knows it, else as stored. */
@Named
@ApplicationScoped
public class AuditFields {

  public String label(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String key = "audit.field." + path;
    return bundle.containsKey(key) ? bundle.getString(key) : path;
  }
}
