package de.opencrm.web.activity;

import de.opencrm.application.activity.ActivityForm;
import de.opencrm.application.activity.JournalService;
import de.opencrm.domain.activity.ActivityRow;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import de.opencrm.web.timeline.TimelineChanged;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

/**
 * The journal of the account or contact page: its timeline, newest first, and the dialog that logs
 * or corrects an entry. The page sets which record through accountId or contactId.
 */
@Named
@ViewScoped
public class JournalView extends RecordPanel {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "activityForm";

  @Inject JournalService journal;
  @Inject FacesErrors errors;
  @Inject Event<TimelineChanged> changed;

  private PagedLazyDataModel<ActivityRow> timeline;
  private ActivityForm form;

  public PagedLazyDataModel<ActivityRow> getTimeline() {
    if (timeline == null && record() != null) {
      RecordRef of = record();
      JournalService service = journal;
      timeline =
          PagedLazyDataModel.ofPages(request -> service.timeline(of, request), ActivityRow::id);
    }
    return timeline;
  }

  public void startNew() {
    form = journal.newActivity(record());
  }

  public void startEdit(ActivityRow row) {
    startEdit(row.id());
  }

  /** Opens the entry with this id, from the timeline, for reading or correcting. */
  public void startEdit(long id) {
    try {
      form = journal.loadActivity(id);
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void save() {
    try {
      if (form.isNew()) {
        journal.logActivity(form);
        errors.info("activity.logged", form.getSubject());
      } else {
        journal.updateActivity(form);
        errors.info("activity.saved", form.getSubject());
      }
      changed.fire(new TimelineChanged());
      PrimeFaces.current().executeScript("PF('activityDialog').hide()");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  /** Whether the row's edit button is offered: the author's own entries, or all for an admin. */
  public boolean mayEdit(ActivityRow row) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("ADMIN")
        || row.authorUsername().equals(external.getUserPrincipal().getName());
  }

  /** The PrimeIcons icon of an entry's kind. */
  public String icon(ActivityType type) {
    return switch (type) {
      case CALL -> "pi pi-phone";
      case MEETING -> "pi pi-users";
      case EMAIL -> "pi pi-envelope";
      case NOTE -> "pi pi-file-edit";
    };
  }

  public ActivityType[] getTypes() {
    return ActivityType.values();
  }

  public ActivityForm getForm() {
    return form;
  }
}
