package de.opencrm.infrastructure.audit;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.audit.FieldChange;
import de.opencrm.domain.common.Erasable;
import de.opencrm.domain.common.Sensitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The fields of an entity that differ between two states (null: the entity did not exist), each
 * rendered as text an auditor reads: embedded objects field by field ("billingAddress.city"),
 * references by their label or id, collections as sorted lists. Bookkeeping (version, stamps,
 * search keys) is left out; passwords and personal data marked Sensitive are never written, only
 * that they changed.
 */
final class EntityChanges {

  /** Attributes that only mirror others or are already in the entry (who, when). */
  private static final Set<String> BOOKKEEPING =
      Set.of(
          "id",
          "version",
          "createdAt",
          "createdBy",
          "modifiedAt",
          "modifiedBy",
          "searchKey",
          "searchWords",
          "phoneticKey",
          "nameKey",
          "accountId");

  static final String HIDDEN = "•••";
  static final String UNREADABLE = "?";

  private static final Logger LOG = Logger.getLogger(EntityChanges.class.getName());

  private EntityChanges() {}

  static List<FieldChange> between(
      ClassDescriptor descriptor, Object before, Object after, Session session) {
    List<FieldChange> changes = new ArrayList<>();
    boolean erasure = erased(before) || erased(after);
    collect(descriptor, "", before, after, session, erasure, changes);
    return changes;
  }

  /**
   * A record erased for its person (Art. 17 DSGVO): the journal tells what went, not what it was.
   */
  private static boolean erased(Object state) {
    return state instanceof Erasable erasable && erasable.isErased();
  }

  private static void collect(
      ClassDescriptor descriptor,
      String prefix,
      Object before,
      Object after,
      Session session,
      boolean erasure,
      List<FieldChange> changes) {
    for (DatabaseMapping mapping : descriptor.getMappings()) {
      String name = mapping.getAttributeName();
      if (BOOKKEEPING.contains(name) || !known(mapping, before) || !known(mapping, after)) {
        continue;
      }
      Object old = value(mapping, before, session);
      Object now = value(mapping, after, session);
      if (mapping.isAggregateObjectMapping()) {
        collect(
            mapping.getReferenceDescriptor(),
            prefix + name + ".",
            old,
            now,
            session,
            erasure,
            changes);
        continue;
      }
      // embedded values in a collection or map are read through the mapping's own descriptor
      ClassDescriptor embedded =
          mapping.isAggregateCollectionMapping() ? mapping.getReferenceDescriptor() : null;
      String oldText;
      String nowText;
      try {
        oldText = render(old, session, embedded);
        nowText = render(now, session, embedded);
      } catch (RuntimeException e) {
        // a value this code cannot read must not stop the user's change: the entry says so
        LOG.log(Level.WARNING, "audit cannot render " + prefix + name, e);
        oldText = before == null ? null : UNREADABLE;
        nowText = after == null ? null : UNREADABLE + " ";
      }
      if (!Objects.equals(oldText, nowText)) {
        boolean secret =
            erasure
                || name.toLowerCase(Locale.ROOT).contains("password")
                || sensitive(descriptor, name);
        changes.add(
            new FieldChange(
                prefix + name,
                secret && oldText != null ? HIDDEN : oldText,
                secret && nowText != null ? HIDDEN : nowText));
      }
    }
  }

  /** Whether the attribute is personal data marked {@link Sensitive}: only its change is told. */
  private static boolean sensitive(ClassDescriptor descriptor, String attribute) {
    for (Class<?> type = descriptor.getJavaClass(); type != null; type = type.getSuperclass()) {
      try {
        return type.getDeclaredField(attribute).isAnnotationPresent(Sensitive.class);
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    return false;
  }

  /**
   * Whether the state holds the attribute: a lazy reference never loaded did not change and is not
   * loaded now just to be written down.
   */
  private static boolean known(DatabaseMapping mapping, Object state) {
    if (state == null || !(mapping instanceof ForeignReferenceMapping reference)) {
      return true;
    }
    return reference
        .getIndirectionPolicy()
        .objectIsInstantiated(mapping.getAttributeValueFromObject(state));
  }

  private static Object value(DatabaseMapping mapping, Object state, Session session) {
    return state == null
        ? null
        : mapping.getRealAttributeValueFromObject(state, (AbstractSession) session);
  }

  /**
   * A value as text; null for no value and for an empty collection. {@code embedded} describes
   * embedded values (an e-mail address, a custom field's value) when the value holds them.
   */
  static String render(Object value, Session session, ClassDescriptor embedded) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> collection) {
      return collection.isEmpty()
          ? null
          : collection.stream()
              .map(v -> render(v, session, embedded))
              .filter(Objects::nonNull)
              .sorted()
              .collect(Collectors.joining(", "));
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty()
          ? null
          : map.entrySet().stream()
              .map(
                  e ->
                      render(e.getKey(), session, null)
                          + "="
                          + render(e.getValue(), session, embedded))
              .sorted()
              .collect(Collectors.joining(", "));
    }
    if (value instanceof AuditLabelled labelled) {
      return labelled.auditLabel();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (embedded != null && embedded.getJavaClass().isInstance(value)) {
      return embedded.getMappings().stream()
          .map(
              m ->
                  render(
                      m.getRealAttributeValueFromObject(value, (AbstractSession) session),
                      session,
                      null))
          .filter(Objects::nonNull)
          .collect(Collectors.joining(" "));
    }
    ClassDescriptor descriptor = session.getDescriptor(value.getClass());
    if (descriptor != null && !descriptor.isAggregateDescriptor()) {
      return "#" + session.getId(value);
    }
    return value.toString();
  }
}
