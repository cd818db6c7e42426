package de.opencrm.application.search;

import de.opencrm.domain.admin.Role;
import de.opencrm.domain.search.SearchHit;
import de.opencrm.domain.search.SearchRepository;
import de.opencrm.domain.search.SearchTerms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/** The search box in the header: companies and people for everyone who works with customers. */
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN
})
public class SearchService {

  @Inject SearchRepository search;

  /** Up to {@code limit} hits of each kind; nothing for blank text. */
  public List<SearchHit> search(String text, @Min(1) @Max(50) int limit) {
    return SearchTerms.parse(text).map(terms -> search.search(terms, limit)).orElse(List.of());
  }
}
