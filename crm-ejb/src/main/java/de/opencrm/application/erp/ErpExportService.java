package de.opencrm.application.erp;

import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.erp.DebtorMirror;
import de.opencrm.integration.erp.ErpNewCustomersWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The last step of a run: what the CRM tells the ERP, its new customers. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.EDIT)
public class ErpExportService {

  @Inject DebtorMirror debtors;
  @Inject ErpFolders folders;

  /**
   * Leaves the CRM's new customers in the outbound folder for the ERP ({@code
   * new-customers-<run>.xml}, written beside it and then moved, so the ERP never reads half a
   * file); each is sent every night until its debtor comes back with the CRM's reference (crmId).
   * Returns how many were written.
   */
  public int exportNewCustomers(long run) {
    Path outbound = folders.outbound();
    try {
      Files.createDirectories(outbound);
      Path partial = Files.createTempFile(outbound, ".new-customers-", ".part");
      try {
        int written;
        try (OutputStream out = Files.newOutputStream(partial);
            ErpNewCustomersWriter writer = new ErpNewCustomersWriter(out)) {
          IOException[] failed = new IOException[1];
          debtors.newCustomers(
              company -> {
                try {
                  if (failed[0] == null) {
                    writer.write(
                        new ErpNewCustomersWriter.NewCustomer(
                            company.id(),
                            company.name(),
                            company.vatId(),
                            company.street(),
                            company.postalCode(),
                            company.city(),
                            company.country()));
                  }
                } catch (IOException e) {
                  failed[0] = e;
                }
              });
          if (failed[0] != null) {
            throw failed[0];
          }
          written = writer.written();
        }
        Files.move(
            partial,
            outbound.resolve("new-customers-" + run + ".xml"),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        return written;
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
