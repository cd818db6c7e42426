package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.common.PhoneticKey;
import de.opencrm.domain.duplicate.CompanyFacts;
import de.opencrm.domain.duplicate.DuplicateCandidates;
import de.opencrm.domain.duplicate.Normalize;
import de.opencrm.domain.duplicate.PersonFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Candidates by identifier (indexed equality) or by the sound of every word of the name (the
 * phonetic keys, trigram-indexed on PostgreSQL).
 */
@ApplicationScoped
public class JpaDuplicateCandidates implements DuplicateCandidates {

  /** A name's first words are enough to narrow down; more would only slow the query. */
  private static final int SOUND_WORDS = 3;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<CompanyFacts> companiesLike(CompanyFacts probe, int limit) {
    List<String> anyOf = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (probe.vatId() != null) {
      anyOf.add("a.vatId = :vat");
      parameters.put("vat", probe.vatId().toUpperCase(Locale.ROOT));
    }
    if (probe.erpNumber() != null) {
      anyOf.add("a.erpDebtorNumber = :erp");
      parameters.put("erp", probe.erpNumber().strip());
    }
    soundsLike("a", Normalize.companyName(probe.name()), anyOf, parameters);
    if (anyOf.isEmpty()) {
      return List.of();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT a.id, a.name, a.vatId, a.erpDebtorNumber, a.billingAddress.street,"
                + " a.billingAddress.postalCode, a.billingAddress.city, a.website FROM Account a"
                + " WHERE a.mergedInto IS NULL AND ("
                + String.join(" OR ", anyOf)
                + ")"
                + (probe.id() == null ? "" : " AND a.id <> :self"),
            Object[].class);
    parameters.forEach(query::setParameter);
    if (probe.id() != null) {
      query.setParameter("self", probe.id());
    }
    return query.setMaxResults(limit).getResultList().stream()
        .map(
            r ->
                new CompanyFacts(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7]))
        .toList();
  }

  @Override
  public List<PersonFacts> peopleLike(PersonFacts probe, int limit) {
    List<String> anyOf = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (probe.email() != null) {
      anyOf.add("c.id IN (SELECT o.id FROM Contact o JOIN o.emails e WHERE e.address = :email)");
      parameters.put("email", probe.email().strip().toLowerCase(Locale.ROOT));
    }
    if (probe.phone() != null) {
      anyOf.add("c.id IN (SELECT o.id FROM Contact o JOIN o.phones p WHERE p.e164 = :phone)");
      parameters.put("phone", probe.phone());
    }
    soundsLike("c", probe.lastName(), anyOf, parameters);
    if (anyOf.isEmpty()) {
      return List.of();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT c.id, c.firstName, c.lastName, c.email, c.phone, acc.id"
                + " FROM Contact c LEFT JOIN c.account acc WHERE c.mergedInto IS NULL AND ("
                + String.join(" OR ", anyOf)
                + ")"
                + (probe.id() == null ? "" : " AND c.id <> :self"),
            Object[].class);
    parameters.forEach(query::setParameter);
    if (probe.id() != null) {
      query.setParameter("self", probe.id());
    }
    return query.setMaxResults(limit).getResultList().stream()
        .map(
            r ->
                new PersonFacts(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (Long) r[5]))
        .toList();
  }

  /** Adds "every word of the name sounds like a word of the stored name" to the alternatives. */
  private static void soundsLike(
      String alias, String name, List<String> anyOf, Map<String, Object> parameters) {
    if (name == null) {
      return;
    }
    List<String> codes =
        Arrays.stream(name.split("[^\\p{L}]+"))
            .map(PhoneticKey::code)
            .filter(Objects::nonNull)
            .limit(SOUND_WORDS)
            .toList();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      all.add(alias + ".phoneticKey LIKE :sound" + i);
      parameters.put("sound" + i, "% " + codes.get(i) + " %");
    }
    if (!all.isEmpty()) {
      anyOf.add("(" + String.join(" AND ", all) + ")");
    }
  }
}
