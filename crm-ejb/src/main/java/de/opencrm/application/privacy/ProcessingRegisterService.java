package de.opencrm.application.privacy;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.PermissionMatrix;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.privacy.DataModel;
import de.opencrm.domain.privacy.LegalBasis;
import de.opencrm.domain.privacy.ProcessingActivity;
import de.opencrm.integration.disclosure.Disclosure;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The register of processing activities (Art. 30 DSGVO), generated: each activity's records and
 * their stored fields come from the data model, its recipients from the permission matrix, so the
 * register changes with the code instead of going stale in a document.
 */
@Permission(area = Area.PRIVACY, operation = Operation.READ)
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PRIVACY})
public class ProcessingRegisterService {

  @Inject DataModel dataModel;
  @Resource SessionContext context;

  public Disclosure register() {
    List<Disclosure.Section> sections = new ArrayList<>();
    for (ProcessingActivity activity : ProcessingActivity.values()) {
      sections.add(new Disclosure.Section(activity.name(), List.of(describe(activity).map())));
    }
    Stamp stamp = Stamp.of(context);
    return new Disclosure("OpenCRM", stamp.at(), stamp.user(), sections);
  }

  private Disclosure.Fields describe(ProcessingActivity activity) {
    List<String> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (Class<?> record : activity.records()) {
      records.add(record.getSimpleName());
      dataModel
          .fieldsOf(record)
          .forEach(
              f ->
                  fields.add(
                      record.getSimpleName()
                          + "."
                          + f.name()
                          + (f.sensitive() ? " (AES-256-GCM)" : "")));
    }
    return new Disclosure.Fields()
        .put("purpose", activity)
        .put("subjects", activity.subjects())
        .put("legalBases", activity.legalBases().stream().map(LegalBasis::provision).toList())
        .put("records", records)
        .put("dataCategories", fields)
        .put("recipients", List.copyOf(PermissionMatrix.rolesFor(activity.area(), Operation.READ)))
        .put("thirdCountries", Boolean.FALSE)
        .put("retention", activity.keeping())
        .put("retentionPeriod", activity.retention())
        .put(
            "retentionProvision",
            activity.retention() == null ? null : activity.retention().provision());
  }
}
