package de.opencrm.web.duplicate;

import java.io.Serializable;

/** One field on a merge page: both records' values and which one survives. */
public class MergeRow<F extends Enum<F>> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final F field;
  private final String keptValue;
  private final String otherValue;
  private boolean takeOther;

  public MergeRow(F field, String keptValue, String otherValue) {
    this.field = field;
    this.keptValue = keptValue;
    this.otherValue = otherValue;
    // an empty field is filled from the duplicate without asking
    this.takeOther = isBlank(keptValue) && !isBlank(otherValue);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** Whether there is a choice to make at all. */
  public boolean isDiffering() {
    return !(isBlank(keptValue) ? isBlank(otherValue) : keptValue.equals(otherValue));
  }

  public F getField() {
    return field;
  }

  public String getKeptValue() {
    return keptValue;
  }

  public String getOtherValue() {
    return otherValue;
  }

  public boolean isTakeOther() {
    return takeOther;
  }

  public void setTakeOther(boolean takeOther) {
    this.takeOther = takeOther;
  }
}
