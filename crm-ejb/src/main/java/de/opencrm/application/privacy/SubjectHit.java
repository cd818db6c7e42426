package de.opencrm.application.privacy;

import java.io.Serializable;
import java.time.Instant;

/** A person a data protection request may concern, as the search offers them. */
public record SubjectHit(
    long id, String name, String email, String company, boolean merged, Instant erasedAt)
    implements Serializable {

  /** "Anna Müller – anna@example.de – Müller GmbH", what the picker shows. */
  public String label() {
    StringBuilder label = new StringBuilder(name);
    if (email != null) {
      label.append(" – ").append(email);
    }
    if (company != null) {
      label.append(" – ").append(company);
    }
    return label.toString();
  }
}
