package de.opencrm.application.search;

import de.opencrm.application.common.RecordScopes;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.InputText;
import de.opencrm.domain.search.SearchHit;
import de.opencrm.domain.search.SearchRepository;
import de.opencrm.domain.search.SearchTerms;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/** The search box in the header: companies and people for everyone who works with customers. */
@Permission(area = Area.CONTACTS, operation = Operation.READ)
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
  @Inject RecordScopes scopes;
  @Resource SessionContext context;

  /** Up to {@code limit} hits of each kind; nothing for blank text. */
  public List<SearchHit> search(String text, @Min(1) @Max(50) int limit) {
    return SearchTerms.parse(InputText.clean(text))
        .map(
            terms ->
                search.search(
                    terms,
                    limit,
                    scopes.of(context, Area.ACCOUNTS),
                    scopes.of(context, Area.CONTACTS)))
        .orElse(List.of());
  }
}
