package de.opencrm.web.duplicate;

import java.io.Serializable;

/**
 * One custom field on a merge page: both records' values as the user reads them; where both hold
 * one and they differ, the user picks which survives (the kept record's, unless told otherwise).
 */
public class CustomMergeRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long fieldId;
  private final String label;
  private final String keptValue;
  private final String otherValue;
  private boolean takeOther;

  public CustomMergeRow(long fieldId, String label, String keptValue, String otherValue) {
    this.fieldId = fieldId;
    this.label = label;
    this.keptValue = keptValue;
    this.otherValue = otherValue;
  }

  /** Whether there is a choice to make: an empty value is filled from the other record anyway. */
  public boolean isDiffering() {
    return !keptValue.isEmpty() && !otherValue.isEmpty() && !keptValue.equals(otherValue);
  }

  public long getFieldId() {
    return fieldId;
  }

  public String getLabel() {
    return label;
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
