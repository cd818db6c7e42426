package de.opencrm.domain.lead.capture;

import java.util.List;
import java.util.Optional;

/** The company's web forms (a handful). */
public interface WebFormRepository {

  List<WebForm> all();

  Optional<WebForm> findById(long id);

  Optional<WebForm> findByKey(String key);

  void add(WebForm form);

  void remove(WebForm form);
}
