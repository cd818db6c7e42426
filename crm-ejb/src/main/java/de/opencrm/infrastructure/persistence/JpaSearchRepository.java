package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.search.SearchHit;
import de.opencrm.domain.search.SearchRepository;
import de.opencrm.domain.search.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The global search in portable JPQL: every typed word must occur in the folded search key, or — in
 * the tolerant second look — sound like a word of the name. On PostgreSQL the trigram indexes of
 * V5_2 serve both LIKEs.
 */
@ApplicationScoped
public class JpaSearchRepository implements SearchRepository {

  private static final String ACCOUNTS =
      "SELECT a.id, a.name, a.billingAddress.postalCode, a.billingAddress.city FROM Account a"
          + " WHERE a.mergedInto IS NULL AND %s";
  private static final String CONTACTS =
      "SELECT c.id, c.title, c.firstName, c.lastName, c.email, acc.name"
          + " FROM Contact c LEFT JOIN c.account acc WHERE c.mergedInto IS NULL AND %s";

  /** How many matching rows are ranked; a common name (Müller) has thousands. */
  private static final int CANDIDATES = 50;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<SearchHit> search(SearchTerms terms, int limit) {
    List<SearchHit> hits = new ArrayList<>();
    if (terms.phoneE164().isPresent()) {
      hits.addAll(
          em
              .createQuery(
                  CONTACTS.formatted(
                      "c.id IN (SELECT o.id FROM Contact o JOIN o.phones p WHERE p.e164 = :phone)"),
                  Object[].class)
              .setParameter("phone", terms.phoneE164().get())
              .setMaxResults(limit)
              .getResultList()
              .stream()
              .map(JpaSearchRepository::contactHit)
              .toList());
      return hits;
    }
    hits.addAll(find(ACCOUNTS, "a", terms, limit, JpaSearchRepository::accountHit));
    hits.addAll(find(CONTACTS, "c", terms, limit, JpaSearchRepository::contactHit));
    return hits;
  }

  /**
   * Literal matches first, then — when they leave room — those that only sound alike, each group
   * ranked in Java by closeness to what was typed and then by name. The database answers the first
   * candidates it finds through the trigram indexes instead of sorting every match of a common
   * name, so a search for "Müller" among a million people stays quick.
   */
  private List<SearchHit> find(
      String query,
      String alias,
      SearchTerms terms,
      int limit,
      Function<Object[], SearchHit> toHit) {
    Map<RecordRef, SearchHit> found = new LinkedHashMap<>();
    Comparator<SearchHit> ranking =
        Comparator.comparingDouble((SearchHit h) -> -terms.closeness(h.label()))
            .thenComparing(h -> SearchText.fold(h.label()));
    run(query, alias, terms, false, CANDIDATES, toHit).stream()
        .sorted(ranking)
        .forEach(h -> found.put(h.record(), h));
    if (found.size() < limit && terms.hasSoundCodes()) {
      run(query, alias, terms, true, CANDIDATES, toHit).stream()
          .sorted(ranking)
          .forEach(h -> found.putIfAbsent(h.record(), h));
    }
    return found.values().stream().limit(limit).toList();
  }

  private List<SearchHit> run(
      String query,
      String alias,
      SearchTerms terms,
      boolean tolerant,
      int limit,
      Function<Object[], SearchHit> toHit) {
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < terms.words().size(); i++) {
      String literal = alias + ".searchKey LIKE :w" + i + " ESCAPE '\\'";
      boolean bySound = tolerant && terms.words().get(i).soundCode() != null;
      conditions.add(
          bySound ? "(" + literal + " OR " + alias + ".phoneticKey LIKE :s" + i + ")" : literal);
    }
    TypedQuery<Object[]> q =
        em.createQuery(query.formatted(String.join(" AND ", conditions)), Object[].class);
    for (int i = 0; i < terms.words().size(); i++) {
      SearchTerms.Word word = terms.words().get(i);
      q.setParameter("w" + i, Jpql.containsPattern(word.folded()));
      if (tolerant && word.soundCode() != null) {
        q.setParameter("s" + i, "% " + word.soundCode() + "%");
      }
    }
    return q.setMaxResults(limit).getResultList().stream().map(toHit).toList();
  }

  private static SearchHit accountHit(Object[] r) {
    String place =
        Stream.of((String) r[2], (String) r[3])
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    return new SearchHit(RecordRef.account((Long) r[0]), (String) r[1], place);
  }

  private static SearchHit contactHit(Object[] r) {
    ContactRow row =
        new ContactRow(
            (Long) r[0],
            (String) r[1],
            (String) r[2],
            (String) r[3],
            (String) r[4],
            null,
            null,
            List.of(),
            ContactRow.NONE);
    return new SearchHit(
        RecordRef.contact(row.id()), row.fullName(), r[5] != null ? (String) r[5] : row.email());
  }
}
