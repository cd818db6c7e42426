package de.opencrm.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** One phone number of a contact, in E.164. */
@Embeddable
public class ContactPhone implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "e164", length = 20, nullable = false)
  private String e164;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 10, nullable = false)
  private ChannelKind kind;

  protected ContactPhone() {}

  public ContactPhone(PhoneNumber number, ChannelKind kind) {
    this.e164 = number.e164();
    this.kind = kind == null ? ChannelKind.WORK : kind;
  }

  public String getE164() {
    return e164;
  }

  public ChannelKind getKind() {
    return kind;
  }
}
