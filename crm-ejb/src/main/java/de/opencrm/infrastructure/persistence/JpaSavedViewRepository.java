package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.savedview.SavedView;
import de.opencrm.domain.savedview.SavedViewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSavedViewRepository implements SavedViewRepository {

  /** A user keeps a handful of views per list; the menu shows at most this many. */
  private static final int MAX_VIEWS = 100;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<SavedView> findById(long id) {
    return Optional.ofNullable(em.find(SavedView.class, id));
  }

  /** Served by the (list_name, owner_id) and (list_name, shared) indexes of V10. */
  @Override
  public List<SavedView> visibleTo(String listName, long userId) {
    return em.createQuery(
            "SELECT v FROM SavedView v JOIN FETCH v.owner WHERE v.listName = :list"
                + " AND (v.owner.id = :user OR v.shared = TRUE) ORDER BY v.name, v.id",
            SavedView.class)
        .setParameter("list", listName)
        .setParameter("user", userId)
        .setMaxResults(MAX_VIEWS)
        .getResultList();
  }

  @Override
  public Optional<SavedView> findOwn(String listName, long userId, String name) {
    return em.createQuery(
            "SELECT v FROM SavedView v WHERE v.listName = :list AND v.owner.id = :user"
                + " AND v.name = :name",
            SavedView.class)
        .setParameter("list", listName)
        .setParameter("user", userId)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public SavedView add(SavedView view) {
    em.persist(view);
    return view;
  }

  @Override
  public void remove(SavedView view) {
    em.remove(view);
  }
}
