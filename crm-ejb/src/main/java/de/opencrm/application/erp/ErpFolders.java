package de.opencrm.application.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the ERP's files arrive (crm.erp.inbound), where applied ones are kept with their checksum
 * (crm.erp.archive) and where the CRM leaves its new customers for the ERP (crm.erp.outbound);
 * unset: under the server's data folder ({@code erp/inbound} ...).
 */
@ApplicationScoped
public class ErpFolders {

  @Inject
  @ConfigProperty(name = "crm.erp.inbound")
  Optional<String> inbound;

  @Inject
  @ConfigProperty(name = "crm.erp.archive")
  Optional<String> archive;

  @Inject
  @ConfigProperty(name = "crm.erp.outbound")
  Optional<String> outbound;

  public Path inbound() {
    return inbound.map(Path::of).orElseGet(() -> data().resolve("inbound"));
  }

  public Path archive() {
    return archive.map(Path::of).orElseGet(() -> data().resolve("archive"));
  }

  public Path outbound() {
    return outbound.map(Path::of).orElseGet(() -> data().resolve("outbound"));
  }

  private static Path data() {
    return Path.of(System.getProperty("jboss.server.data.dir", "."), "erp");
  }
}
