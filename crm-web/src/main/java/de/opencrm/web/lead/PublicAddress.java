package de.opencrm.web.lead;

import de.opencrm.application.lead.capture.WebLeadSettings;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Optional;

/**
 * An address of this CRM as websites and platforms reach it: under crm.public-url when set, else
 * under the address the administrator uses right now.
 */
final class PublicAddress {

  private PublicAddress() {}

  static String of(WebLeadSettings settings, String path) {
    Optional<String> publicUrl = settings.publicUrl();
    if (publicUrl.isPresent()) {
      return publicUrl.get() + path;
    }
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    int port = context.getRequestServerPort();
    boolean usual =
        ("https".equals(context.getRequestScheme()) && port == 443)
            || ("http".equals(context.getRequestScheme()) && port == 80);
    return context.getRequestScheme()
        + "://"
        + context.getRequestServerName()
        + (usual ? "" : ":" + port)
        + context.getRequestContextPath()
        + path;
  }
}
