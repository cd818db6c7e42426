package de.opencrm.infrastructure.persistence.erp;

import de.opencrm.domain.erp.ErpFile;
import de.opencrm.domain.erp.ErpRunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The runs' files by run and by checksum; the nights in crm_erp_nightly. */
@ApplicationScoped
public class JpaErpRunRepository implements ErpRunRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<ErpFile> files(long run) {
    return em.createQuery(
            "SELECT f FROM ErpFile f WHERE f.runId = :run ORDER BY f.id", ErpFile.class)
        .setParameter("run", run)
        .getResultList();
  }

  @Override
  public Optional<ErpFile> appliedBefore(String checksum) {
    return em.createQuery(
            "SELECT f FROM ErpFile f WHERE f.checksum = :sum AND f.status = :applied",
            ErpFile.class)
        .setParameter("sum", checksum)
        .setParameter("applied", ErpFile.Status.APPLIED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public ErpFile add(ErpFile file) {
    em.persist(file);
    return file;
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public boolean claimNight(LocalDate night, String server, Instant at) {
    long taken =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM crm_erp_nightly WHERE night = ?")
                    .setParameter(1, Date.valueOf(night))
                    .getSingleResult())
            .longValue();
    if (taken > 0) {
      return false;
    }
    em.createNativeQuery("INSERT INTO crm_erp_nightly (night, server, started_at) VALUES (?, ?, ?)")
        .setParameter(1, Date.valueOf(night))
        .setParameter(2, server)
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
    return true;
  }
}
