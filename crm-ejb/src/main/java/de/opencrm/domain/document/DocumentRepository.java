package de.opencrm.domain.document;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import java.util.Optional;

public interface DocumentRepository {

  Optional<Document> findById(long id);

  /** One page of a record's documents, newest first; a company's include its people's. */
  Page<DocumentRow> filedOn(RecordRef record, PageRequest request);

  Document add(Document document);

  void remove(Document document);
}
