package de.opencrm.web.tag;

import de.opencrm.application.tag.MassChange;
import de.opencrm.application.tag.MassResult;
import de.opencrm.application.tag.MassUpdateService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.web.page.FacesErrors;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The "edit selection" dialog of a list: tags to add and remove and a new owner for the rows the
 * user ticked, or for everything the list's filter matches. The list view keeps one and hands it
 * the selected ids or its filter.
 */
public class MassEdit implements Serializable {

  private static final long serialVersionUID = 1L;

  private final RecordRef.Kind kind;
  private List<String> addTags = new ArrayList<>();
  private List<String> removeTags = new ArrayList<>();
  private String newOwner;

  public MassEdit(RecordRef.Kind kind) {
    this.kind = kind;
  }

  /** Applies the change; returns whether anything changed (so the list reloads). */
  public boolean apply(MassUpdateService service, List<Long> ids, FacesErrors errors) {
    try {
      if (ids.isEmpty()) {
        throw new BusinessException("mass.nothingSelected");
      }
      return done(
          service.updateRecords(kind, ids, new MassChange(addTags, removeTags, newOwner)), errors);
    } catch (RuntimeException e) {
      errors.show(e, "massForm");
      return false;
    }
  }

  /** Applies the change to everything the list's filter matches; as {@link #apply}. */
  public boolean applyToMatching(
      MassUpdateService service, PageRequest listed, FacesErrors errors) {
    try {
      return done(
          service.updateMatching(kind, listed, new MassChange(addTags, removeTags, newOwner)),
          errors);
    } catch (RuntimeException e) {
      errors.show(e, "massForm");
      return false;
    }
  }

  private boolean done(MassResult result, FacesErrors errors) {
    errors.info("mass.done", result.changed());
    if (!result.refused().isEmpty()) {
      errors.show(
          new BusinessException(
              "mass.refused", result.refused().size(), String.join(", ", result.refused())),
          null);
    }
    PrimeFaces.current().executeScript("PF('massDialog').hide()");
    reset();
    return result.changed() > 0;
  }

  public void reset() {
    addTags = new ArrayList<>();
    removeTags = new ArrayList<>();
    newOwner = null;
  }

  public List<String> getAddTags() {
    return addTags;
  }

  public void setAddTags(List<String> addTags) {
    this.addTags = addTags == null ? new ArrayList<>() : new ArrayList<>(addTags);
  }

  public List<String> getRemoveTags() {
    return removeTags;
  }

  public void setRemoveTags(List<String> removeTags) {
    this.removeTags = removeTags == null ? new ArrayList<>() : new ArrayList<>(removeTags);
  }

  public String getNewOwner() {
    return newOwner;
  }

  public void setNewOwner(String newOwner) {
    this.newOwner = newOwner;
  }
}
