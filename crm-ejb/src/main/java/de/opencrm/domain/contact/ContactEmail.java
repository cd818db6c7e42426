package de.opencrm.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Locale;

/** One e-mail address of a contact, stored lower case. */
@Embeddable
public class ContactEmail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "address", length = 254, nullable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 10, nullable = false)
  private ChannelKind kind;

  protected ContactEmail() {}

  public ContactEmail(String address, ChannelKind kind) {
    this.address = address.strip().toLowerCase(Locale.ROOT);
    this.kind = kind == null ? ChannelKind.WORK : kind;
  }

  public String getAddress() {
    return address;
  }

  public ChannelKind getKind() {
    return kind;
  }
}
