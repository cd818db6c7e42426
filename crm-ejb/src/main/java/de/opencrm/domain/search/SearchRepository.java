package de.opencrm.domain.search;

import java.util.List;

public interface SearchRepository {

  /**
   * Up to {@code limit} companies and up to {@code limit} people matching every typed word, literal
   * matches first, then those that only sound alike.
   */
  List<SearchHit> search(SearchTerms terms, int limit);
}
