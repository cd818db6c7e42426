package de.opencrm.domain.common;

/**
 * A record whose personal data can be erased (Art. 17 DSGVO). Once it is erased, or while it is
 * deleted for an erasure, the audit journal records which fields went, never what they held: the
 * erasure must not copy the data it removes into the journal.
 */
public interface Erasable {

  boolean isErased();
}
