package de.opencrm.application.contact.importing;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.domain.contact.importing.ImportTarget;
import de.opencrm.domain.contact.importing.ImportTemplate;
import de.opencrm.domain.contact.importing.ImportTemplateRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * Each importer's saved column mappings: saved under a name (the same name replaces), applied to
 * the headers of a new file, deleted by their owner.
 */
@Permission(area = Area.CONTACTS, operation = Operation.CREATE)
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
public class ImportTemplateService {

  /** A template as the wizard offers it. */
  public record TemplateOption(long id, String name) implements Serializable {}

  @Inject ImportTemplateRepository templates;
  @Inject UserRepository users;
  @Resource SessionContext context;

  public List<TemplateOption> myTemplates(@NotNull ImportTarget target) {
    return templates.ownedBy(me().getId(), target).stream()
        .map(t -> new TemplateOption(t.getId(), t.getName()))
        .toList();
  }

  public long saveTemplate(
      @NotBlank @Size(max = ImportTemplate.MAX_NAME) String name,
      @NotNull ImportTarget target,
      @NotNull List<String> headers,
      @NotNull ColumnMapping mapping) {
    User me = me();
    Stamp stamp = Stamp.of(context);
    ImportTemplate template =
        templates
            .findOwn(me.getId(), target, name)
            .orElseGet(
                () -> {
                  ImportTemplate created = new ImportTemplate(name, me, target);
                  created.recordCreation(stamp.user(), stamp.at());
                  return templates.add(created);
                });
    template.keep(headers, mapping);
    template.recordModification(stamp.user(), stamp.at());
    return template.getId();
  }

  /** The mapping the template gives a file with these headers. */
  public ColumnMapping applyTemplate(long id, @NotNull List<String> headers) {
    return own(id).applyTo(headers);
  }

  public void deleteTemplate(long id) {
    templates.remove(own(id));
  }

  private ImportTemplate own(long id) {
    return templates
        .findById(id)
        .filter(t -> t.getOwner().getId().equals(me().getId()))
        .orElseThrow(() -> new BusinessException("import.templateNotFound"));
  }

  private User me() {
    return CallerAccess.caller(context, users);
  }
}
