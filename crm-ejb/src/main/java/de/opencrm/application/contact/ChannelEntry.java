package de.opencrm.application.contact;

import de.opencrm.domain.contact.ChannelKind;
import java.io.Serializable;

/** A further e-mail address or phone number as the user types it, with where it reaches them. */
public class ChannelEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private String value;
  private ChannelKind kind = ChannelKind.WORK;

  public ChannelEntry() {}

  public ChannelEntry(String value, ChannelKind kind) {
    this.value = value;
    this.kind = kind;
  }

  public boolean isBlank() {
    return value == null || value.isBlank();
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public ChannelKind getKind() {
    return kind;
  }

  public void setKind(ChannelKind kind) {
    this.kind = kind;
  }
}
