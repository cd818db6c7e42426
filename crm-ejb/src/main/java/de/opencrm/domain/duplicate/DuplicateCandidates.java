package de.opencrm.domain.duplicate;

import java.util.List;

/**
 * Finds the few stored records worth comparing with a probe — same identifier or a name that sounds
 * alike — so the matcher never scores a whole table.
 */
public interface DuplicateCandidates {

  List<CompanyFacts> companiesLike(CompanyFacts probe, int limit);

  List<PersonFacts> peopleLike(PersonFacts probe, int limit);
}
