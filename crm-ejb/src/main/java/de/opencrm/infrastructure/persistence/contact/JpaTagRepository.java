package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.tag.Tag;
import de.opencrm.domain.tag.TagNames;
import de.opencrm.domain.tag.TagRepository;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTagRepository implements TagRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<Tag> findByKey(String nameKey) {
    return em.createQuery("SELECT t FROM Tag t WHERE t.nameKey = :key", Tag.class)
        .setParameter("key", nameKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Tag> resolve(List<String> tidyNames, String user, Instant at) {
    List<Tag> tags = new ArrayList<>();
    for (String name : tidyNames) {
      tags.add(
          findByKey(TagNames.key(name))
              .orElseGet(
                  () -> {
                    Tag tag = new Tag(name);
                    tag.recordCreation(user, at);
                    em.persist(tag);
                    return tag;
                  }));
    }
    return tags;
  }

  /** Served by the unique index on name_key; tags are few compared to records. */
  @Override
  public List<String> suggest(String typed, int limit) {
    String key = typed == null ? "" : SearchText.fold(typed.strip());
    return em.createQuery(
            "SELECT t.name FROM Tag t WHERE t.nameKey LIKE :pattern ESCAPE '\\'"
                + " ORDER BY t.nameKey",
            String.class)
        .setParameter("pattern", Jpql.containsPattern(key))
        .setMaxResults(limit)
        .getResultList();
  }
}
