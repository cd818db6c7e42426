package de.opencrm.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * A value an import could not check (a phone number no country places, a country nobody knows, a
 * text longer than its field), kept as the file wrote it until somebody has looked at it.
 */
@Embeddable
public class UncheckedValue implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the longest value kept may be; longer ones keep their start. */
  public static final int MAX_WRITTEN = 1000;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private UncheckedKind kind;

  /** The form field it was meant for ("phone", "street", ...). */
  @Column(name = "meant_for", length = 40)
  private String field;

  @Column(name = "written", length = MAX_WRITTEN, nullable = false)
  private String written;

  protected UncheckedValue() {}

  public UncheckedValue(UncheckedKind kind, String field, String written) {
    this.kind = kind;
    this.field = field;
    this.written = written.length() > MAX_WRITTEN ? written.substring(0, MAX_WRITTEN) : written;
  }

  public UncheckedKind getKind() {
    return kind;
  }

  public String getField() {
    return field;
  }

  public String getWritten() {
    return written;
  }
}
