package de.opencrm.web.duplicate;

import de.opencrm.web.shell.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the merge pages of people and companies share: two records side by side (R, as their forms
 * load them), field by field (F); the user picks what survives, may swap which record stays, and
 * merges.
 */
public abstract class MergePage<F extends Enum<F>, R> implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "mergeForm";

  @Inject protected FacesErrors errors;

  private final Class<F> fields;
  private Long keepId;
  private Long otherId;
  private R kept;
  private R other;
  private List<MergeRow<F>> rows = List.of();

  protected MergePage(Class<F> fields) {
    this.fields = fields;
  }

  /** The record as its form shows it. */
  protected abstract R load(long id);

  /** Both records' values, field by field. */
  protected abstract List<MergeRow<F>> compare(R keptRecord, R otherRecord);

  /** Merges the other record into the kept one; answers where to go next. */
  protected abstract String merge(R keptRecord, R otherRecord, Set<F> takeOther);

  /** Called by f:viewAction once both ids are read. */
  public void load() {
    if (kept != null || keepId == null || otherId == null) {
      return;
    }
    try {
      kept = load(keepId);
      other = load(otherId);
      rows = compare(kept, other);
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void swap() {
    R formerlyKept = kept;
    kept = other;
    other = formerlyKept;
    rows = compare(kept, other);
  }

  public String merge() {
    Set<F> takeOther = EnumSet.noneOf(fields);
    rows.stream().filter(MergeRow::isTakeOther).forEach(r -> takeOther.add(r.getField()));
    try {
      String next = merge(kept, other, takeOther);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return next;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }

  public List<MergeRow<F>> getRows() {
    return rows;
  }

  public R getKept() {
    return kept;
  }

  public R getOther() {
    return other;
  }

  public Long getKeepId() {
    return keepId;
  }

  public void setKeepId(Long keepId) {
    this.keepId = keepId;
  }

  public Long getOtherId() {
    return otherId;
  }

  public void setOtherId(Long otherId) {
    this.otherId = otherId;
  }
}
