package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.NumberRange;
import de.opencrm.domain.common.NumberRanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaNumberRanges implements NumberRanges {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public NumberRange lock(String name) {
    NumberRange range = em.find(NumberRange.class, name, LockModeType.PESSIMISTIC_WRITE);
    if (range == null) {
      throw new IllegalStateException("the number range " + name + " is missing (migrations)");
    }
    return range;
  }
}
