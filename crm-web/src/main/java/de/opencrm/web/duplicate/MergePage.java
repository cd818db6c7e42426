package de.opencrm.web.duplicate;

import de.opencrm.application.customfield.CustomEntry;
import de.opencrm.web.customfield.CustomValueFormat;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the merge pages of people and companies share: two records side by side (R, as their forms
 * load them), field by field (F) and custom field by custom field; the user picks what survives,
 * may swap which record stays, and merges.
 */
public abstract class MergePage<F extends Enum<F>, R> implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "mergeForm";

  @Inject protected FacesErrors errors;
  @Inject CustomValueFormat customValues;

  private final Class<F> fields;
  private Long keepId;
  private Long otherId;
  private R kept;
  private R other;
  private List<MergeRow<F>> rows = List.of();
  private List<CustomMergeRow> customRows = List.of();

  protected MergePage(Class<F> fields) {
    this.fields = fields;
  }

  /** The record as its form shows it. */
  protected abstract R load(long id);

  /** Both records' values, field by field. */
  protected abstract List<MergeRow<F>> compare(R keptRecord, R otherRecord);

  /** The record's custom fields with what it holds. */
  protected abstract List<CustomEntry> customOf(R record);

  /**
   * Merges the other record into the kept one, taking its values of the fields and custom fields
   * (by id) named; answers where to go next.
   */
  protected abstract String merge(
      R keptRecord, R otherRecord, Set<F> takeOther, Set<Long> customFromOther);

  /** Called by f:viewAction once both ids are read. */
  public void load() {
    if (kept != null || keepId == null || otherId == null) {
      return;
    }
    try {
      kept = load(keepId);
      other = load(otherId);
      compareBoth();
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void swap() {
    R formerlyKept = kept;
    kept = other;
    other = formerlyKept;
    compareBoth();
  }

  private void compareBoth() {
    rows = compare(kept, other);
    Map<Long, CustomEntry> others =
        customOf(other).stream().collect(Collectors.toMap(e -> e.getField().id(), e -> e));
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<CustomMergeRow> custom = new ArrayList<>();
    for (CustomEntry entry : customOf(kept)) {
      String keptValue = customValues.text(entry.getField(), entry.value());
      CustomEntry otherEntry = others.get(entry.getField().id());
      String otherValue =
          otherEntry == null ? "" : customValues.text(entry.getField(), otherEntry.value());
      if (!keptValue.isEmpty() || !otherValue.isEmpty()) {
        custom.add(
            new CustomMergeRow(
                entry.getField().id(), entry.getField().label(locale), keptValue, otherValue));
      }
    }
    customRows = custom;
  }

  public String merge() {
    Set<F> takeOther = EnumSet.noneOf(fields);
    rows.stream().filter(MergeRow::isTakeOther).forEach(r -> takeOther.add(r.getField()));
    Set<Long> customFromOther =
        customRows.stream()
            .filter(r -> r.isDiffering() && r.isTakeOther())
            .map(CustomMergeRow::getFieldId)
            .collect(Collectors.toSet());
    try {
      String next = merge(kept, other, takeOther, customFromOther);
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

  /** The custom fields either record holds a value in. */
  public List<CustomMergeRow> getCustomRows() {
    return customRows;
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
