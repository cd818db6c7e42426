package de.opencrm.domain.search;

import de.opencrm.domain.admin.RecordScope;
import java.util.List;

public interface SearchRepository {

  /**
   * Up to {@code limit} companies and up to {@code limit} people matching every typed word, literal
   * matches first, then those that only sound alike; only records in the user's scope of each kind.
   */
  List<SearchHit> search(
      SearchTerms terms, int limit, RecordScope accountScope, RecordScope contactScope);
}
