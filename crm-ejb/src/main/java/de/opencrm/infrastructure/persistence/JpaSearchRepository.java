package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.common.SearchWords;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.search.SearchHit;
import de.opencrm.domain.search.SearchRepository;
import de.opencrm.domain.search.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The global search: every typed word must start a word of the record (SearchWords, looked up in
 * the word tables of V18 through their B-tree index), or — in the tolerant second look — sound like
 * a word of the name. Plain SQL that PostgreSQL, H2 and Oracle all speak; a phone number is looked
 * up by its E.164 form.
 *
 * <p>Longer than 300 lines: one search over every kind of record, each kind's query built from the
 * same words and the caller's visibility.
 */
@ApplicationScoped
public class JpaSearchRepository implements SearchRepository {

  private static final String CONTACTS_BY_PHONE =
      "SELECT c.id, c.title, c.firstName, c.lastName, c.email, acc.name"
          + " FROM Contact c LEFT JOIN c.account acc WHERE c.mergedInto IS NULL AND c.id IN"
          + " (SELECT o.id FROM Contact o JOIN o.phones p WHERE p.e164 = :phone)";
  private static final String ACCOUNTS =
      "SELECT a.id, a.name, a.billing_postal_code, a.billing_city FROM crm_account a"
          + " WHERE a.merged_into_id IS NULL";
  private static final String CONTACTS =
      "SELECT c.id, c.title, c.first_name, c.last_name, c.email, acc.name FROM crm_contact c"
          + " LEFT JOIN crm_account acc ON acc.id = c.account_id WHERE c.merged_into_id IS NULL";

  /** The records a search reads and how their words are kept. */
  private record Table(
      String select, String alias, String recordTable, String wordTable, String ownerColumn) {}

  private static final Table ACCOUNT_TABLE =
      new Table(ACCOUNTS, "a", "crm_account", "crm_account_word", "account_id");
  private static final Table CONTACT_TABLE =
      new Table(CONTACTS, "c", "crm_contact", "crm_contact_word", "contact_id");

  /** Words with more matches than this are all as common as each other to pick a driver. */
  private static final int RARE = 1000;

  /** How many records with the driving word a search of several words looks at, at most. */
  private static final int EXAMINED = 500;

  /** How many matching rows are ranked; a common name (Müller) has thousands. */
  private static final int CANDIDATES = 50;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<SearchHit> search(
      SearchTerms terms, int limit, RecordScope accountScope, RecordScope contactScope) {
    List<SearchHit> hits = new ArrayList<>();
    if (terms.phoneE164().isPresent()) {
      String visible = ScopeConditions.jpql("c", contactScope);
      TypedQuery<Object[]> byPhone =
          em.createQuery(
              CONTACTS_BY_PHONE + (visible == null ? "" : " AND " + visible), Object[].class);
      ScopeConditions.bind(byPhone, contactScope);
      hits.addAll(
          byPhone
              .setParameter("phone", terms.phoneE164().get())
              .setMaxResults(limit)
              .getResultList()
              .stream()
              .map(JpaSearchRepository::contactHit)
              .toList());
      return hits;
    }
    hits.addAll(find(ACCOUNT_TABLE, accountScope, terms, limit, JpaSearchRepository::accountHit));
    hits.addAll(find(CONTACT_TABLE, contactScope, terms, limit, JpaSearchRepository::contactHit));
    return hits;
  }

  /**
   * Literal matches first, then — when they leave room — those that only sound alike, each group
   * ranked in Java by closeness to what was typed and then by name. The database answers the first
   * candidates it finds through the word index instead of sorting every match of a common name, so
   * a search for "Müller" among a million people stays quick.
   */
  private List<SearchHit> find(
      Table table,
      RecordScope scope,
      SearchTerms terms,
      int limit,
      Function<Object[], SearchHit> toHit) {
    Map<RecordRef, SearchHit> found = new LinkedHashMap<>();
    Comparator<SearchHit> ranking =
        Comparator.comparingDouble((SearchHit h) -> -terms.closeness(h.label()))
            .thenComparing(h -> SearchText.fold(h.label()));
    Map<String, Long> counted = new HashMap<>();
    run(table, scope, terms, false, counted, toHit).stream()
        .sorted(ranking)
        .forEach(h -> found.put(h.record(), h));
    if (found.size() < limit && terms.hasSoundCodes()) {
      run(table, scope, terms, true, counted, toHit).stream()
          .sorted(ranking)
          .forEach(h -> found.putIfAbsent(h.record(), h));
    }
    return found.values().stream().limit(limit).toList();
  }

  private List<SearchHit> run(
      Table table,
      RecordScope scope,
      SearchTerms terms,
      boolean tolerant,
      Map<String, Long> counted,
      Function<Object[], SearchHit> toHit) {
    List<Long> ids = candidates(table, scope, terms, tolerant, counted);
    if (ids.isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder(table.select()).append(" AND ").append(table.alias());
    sql.append(".id IN (");
    for (int i = 0; i < ids.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?").append(i + 1);
    }
    List<Object> parameters = new ArrayList<>(ids);
    sql.append(')').append(ScopeConditions.sql(table.alias(), scope, parameters, true));
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(toHit).toList();
  }

  /**
   * The ids of the first records whose words start with every typed word (or, tolerant, sound like
   * it). The rarest word drives: its index range is read only until enough records are found, and
   * each of them is checked for the other words through the primary key. How rare each word is the
   * index tells at once (its matches counted up to {@link #RARE}); a word nothing starts with ends
   * the search before it began.
   */
  private List<Long> candidates(
      Table table,
      RecordScope scope,
      SearchTerms terms,
      boolean tolerant,
      Map<String, Long> counted) {
    SearchTerms.Word driver = terms.words().get(0);
    if (terms.words().size() > 1) {
      long fewest = Long.MAX_VALUE;
      for (SearchTerms.Word word : terms.words()) {
        long matches = counted.computeIfAbsent(word.folded(), w -> matches(table, w));
        if (tolerant && word.soundCode() != null) {
          matches +=
              counted.computeIfAbsent(SearchWords.SOUND + word.soundCode(), w -> matches(table, w));
        }
        if (matches == 0) {
          return List.of();
        }
        if (matches < fewest) {
          fewest = matches;
          driver = word;
        }
      }
    }
    List<Long> ids = new ArrayList<>(candidates(table, scope, terms, driver, false, tolerant));
    if (tolerant && driver.soundCode() != null) {
      candidates(table, scope, terms, driver, true, true).stream()
          .filter(id -> !ids.contains(id))
          .forEach(ids::add);
    }
    return ids.size() > CANDIDATES ? ids.subList(0, CANDIDATES) : ids;
  }

  /** How many words start with the prefix, counted up to {@link #RARE}. */
  private long matches(Table table, String prefix) {
    List<Object> parameters = new ArrayList<>();
    Query query =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM (SELECT 1 FROM "
                + table.wordTable()
                + " w WHERE "
                + startsWith("w", prefix, parameters)
                + " FETCH FIRST "
                + RARE
                + " ROWS ONLY) n");
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  /**
   * The records among the first {@link #EXAMINED} with a word starting like the driver (as typed,
   * or by its sound) that also have the other words, each checked for by its primary key. Looking
   * at a bounded number of records keeps a search of two common words ("Schmidt Köln") quick; the
   * box shows the best few anyway, and a third word narrows further.
   */
  private List<Long> candidates(
      Table table,
      RecordScope scope,
      SearchTerms terms,
      SearchTerms.Word driver,
      boolean driverBySound,
      boolean tolerant) {
    List<SearchTerms.Word> others = new ArrayList<>(terms.words());
    others.remove(driver);
    List<Object> parameters = new ArrayList<>();
    String owner = table.ownerColumn();
    String driving =
        startsWith(
            "w",
            driverBySound ? SearchWords.SOUND + driver.soundCode() : driver.folded(),
            parameters);
    StringBuilder sql = new StringBuilder();
    if (others.isEmpty()) {
      sql.append("SELECT w.").append(owner).append(" AS owner FROM ").append(table.wordTable());
      sql.append(" w WHERE ").append(driving);
      sql.append(visible(table, "w." + owner, scope, parameters));
    } else {
      sql.append("SELECT d.owner FROM (SELECT w.").append(owner).append(" AS owner FROM ");
      sql.append(table.wordTable()).append(" w WHERE ").append(driving);
      sql.append(" FETCH FIRST ").append(EXAMINED).append(" ROWS ONLY) d WHERE 1 = 1");
      sql.append(visible(table, "d.owner", scope, parameters));
    }
    for (SearchTerms.Word word : others) {
      String condition = startsWith("x", word.folded(), parameters);
      if (tolerant && word.soundCode() != null) {
        condition += " OR " + startsWith("x", SearchWords.SOUND + word.soundCode(), parameters);
      }
      // a scalar subquery, unlike EXISTS, is looked up row by row: no hash of a common word's range
      sql.append(" AND (SELECT MIN(x.word) FROM ")
          .append(table.wordTable())
          .append(" x WHERE x.")
          .append(owner)
          .append(" = d.owner AND (")
          .append(condition)
          .append(")) IS NOT NULL");
    }
    // a record has several words with the same start ("mueller" in name and e-mail): read more
    sql.append(" FETCH FIRST ").append(CANDIDATES * 4).append(" ROWS ONLY");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return ((List<?>) query.getResultList())
        .stream().map(id -> ((Number) id).longValue()).distinct().limit(CANDIDATES).toList();
  }

  /** The words of the alias from the prefix up to the first string after all that start with it. */
  /** The condition that the record with this id is one the user may see; empty for all. */
  private static String visible(
      Table table, String id, RecordScope scope, List<Object> parameters) {
    if (scope.isAll()) {
      return "";
    }
    return " AND EXISTS (SELECT 1 FROM "
        + table.recordTable()
        + " r WHERE r.id = "
        + id
        + ScopeConditions.sql("r", scope, parameters, true)
        + ")";
  }

  private static String startsWith(String alias, String prefix, List<Object> parameters) {
    parameters.add(prefix);
    parameters.add(SearchWords.after(prefix));
    int to = parameters.size();
    return alias + ".word >= ?" + (to - 1) + " AND " + alias + ".word < ?" + to;
  }

  private static SearchHit accountHit(Object[] r) {
    String place =
        Stream.of((String) r[2], (String) r[3])
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    return new SearchHit(RecordRef.account(((Number) r[0]).longValue()), (String) r[1], place);
  }

  private static SearchHit contactHit(Object[] r) {
    ContactRow row =
        new ContactRow(
            ((Number) r[0]).longValue(),
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
