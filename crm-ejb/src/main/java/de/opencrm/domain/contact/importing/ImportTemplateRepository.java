package de.opencrm.domain.contact.importing;

import java.util.List;
import java.util.Optional;

public interface ImportTemplateRepository {

  Optional<ImportTemplate> findById(long id);

  /** A user's templates for one kind of row, by name; a handful each. */
  List<ImportTemplate> ownedBy(long userId, ImportTarget target);

  Optional<ImportTemplate> findOwn(long userId, ImportTarget target, String name);

  ImportTemplate add(ImportTemplate template);

  void remove(ImportTemplate template);
}
