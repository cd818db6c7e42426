package de.opencrm.infrastructure.persistence.privacy;

import de.opencrm.domain.common.Sensitive;
import de.opencrm.domain.privacy.DataModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.ManagedType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of a record type from the JPA metamodel, so the register follows the entities.
 */
@ApplicationScoped
public class JpaDataModel implements DataModel {

  /** Bookkeeping and derived columns: no data of their own. */
  private static final Set<String> NOT_DATA =
      Set.of(
          "id",
          "version",
          "searchKey",
          "searchWords",
          "phoneticKey",
          "nameKey",
          "accountId",
          "hash",
          "previousHash",
          "passwordHash");

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<StoredField> fieldsOf(Class<?> record) {
    List<StoredField> fields = new ArrayList<>();
    collect(em.getMetamodel().managedType(record), "", fields);
    fields.sort(Comparator.comparing(StoredField::name));
    return fields;
  }

  private void collect(ManagedType<?> type, String prefix, List<StoredField> fields) {
    for (Attribute<?, ?> attribute : type.getAttributes()) {
      String name = attribute.getName();
      if (NOT_DATA.contains(name)) {
        continue;
      }
      if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
        collect(
            (EmbeddableType<?>) em.getMetamodel().embeddable(attribute.getJavaType()),
            prefix + name + ".",
            fields);
      } else {
        fields.add(new StoredField(prefix + name, sensitive(attribute)));
      }
    }
  }

  private static boolean sensitive(Attribute<?, ?> attribute) {
    return attribute.getJavaMember() instanceof Field field
        && field.isAnnotationPresent(Sensitive.class);
  }
}
