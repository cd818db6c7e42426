package de.opencrm.infrastructure.document;

import de.opencrm.domain.document.UploadPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What may be uploaded as a document, from MicroProfile Config (CRM_DOCUMENTS_MAX_MEGABYTES,
 * CRM_DOCUMENTS_ALLOWED_TYPES). The server refuses requests above CRM_MAX_POST_BYTES (60-web.cli)
 * before the CRM sees them, so that must stay above the limit here.
 */
@ApplicationScoped
public class DocumentConfiguration {

  @Inject
  @ConfigProperty(name = "crm.documents.max-megabytes", defaultValue = "20")
  int maxMegabytes;

  @Inject
  @ConfigProperty(name = "crm.documents.allowed-types", defaultValue = "pdf")
  String allowedTypes;

  /** Dependent: an immutable final value, handed out as is. */
  @Produces
  UploadPolicy uploadPolicy() {
    return UploadPolicy.of(maxMegabytes, allowedTypes);
  }
}
