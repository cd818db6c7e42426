package de.opencrm.domain.privacy;

import java.util.List;
import java.util.Optional;

public interface ConsentRepository {

  Optional<Consent> findById(long id);

  /**
   * Every consent of the person, active first, then newest first. A person has a handful, withdrawn
   * ones included, so this is a list and not a page.
   */
  List<Consent> ofContact(long contactId);

  Consent add(Consent consent);
}
