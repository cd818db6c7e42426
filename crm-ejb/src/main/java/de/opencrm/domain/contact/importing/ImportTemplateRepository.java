package de.opencrm.domain.contact.importing;

import java.util.List;
import java.util.Optional;

public interface ImportTemplateRepository {

  Optional<ImportTemplate> findById(long id);

  /** A user's templates by name; a handful each. */
  List<ImportTemplate> ownedBy(long userId);

  Optional<ImportTemplate> findOwn(long userId, String name);

  ImportTemplate add(ImportTemplate template);

  void remove(ImportTemplate template);
}
