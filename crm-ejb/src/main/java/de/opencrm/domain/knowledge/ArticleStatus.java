package de.opencrm.domain.knowledge;

/** Whether agents find an article when they search or answer (published) or only its authors. */
public enum ArticleStatus {
  DRAFT,
  PUBLISHED
}
