package de.opencrm.domain.knowledge;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An article of the knowledge base: a title, the text an agent may put into a reply, a category,
 * its language, and whether it is published. Its words ({@link ArticleWords}) are its index.
 */
@Entity
@Table(name = "crm_kb_article")
public class KnowledgeArticle extends AuditedEntity implements AuditLabelled {

  /** The languages an article is written in: the CRM's own. */
  public static final Set<String> LANGUAGES = Set.of("de", "en");

  @Id
  @SequenceGenerator(
      name = "crm_kb_article_seq",
      sequenceName = "crm_kb_article_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_kb_article_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(length = 60)
  private String category;

  @Column(nullable = false, length = 5)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ArticleStatus status = ArticleStatus.DRAFT;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** {@link ArticleWords} of title, category and text: what searches and tickets find it by. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "crm_kb_word", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "word", length = ArticleWords.LONGEST)
  private Set<String> searchWords = new HashSet<>();

  protected KnowledgeArticle() {}

  public KnowledgeArticle(String title, String body, String category, String language) {
    write(title, body, category, language);
  }

  /** Sets what the article says; a missing title or text, or one too long, is refused. */
  public void write(String newTitle, String newBody, String newCategory, String newLanguage) {
    String t = required("title", newTitle, 200);
    String b = required("body", newBody, 4000);
    String cat = Texts.trimToNull(newCategory);
    if (cat != null && cat.length() > 60) {
      throw BusinessException.onField("category", "article.tooLong", 60);
    }
    String lang = Texts.trimToNull(newLanguage);
    lang = lang == null ? "de" : lang.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(lang)) {
      throw BusinessException.onField("language", "article.languageUnknown");
    }
    this.title = t;
    this.body = b;
    this.category = cat == null ? null : cat.toLowerCase(Locale.ROOT);
    this.language = lang;
    Set<String> words = words();
    searchWords.retainAll(words);
    searchWords.addAll(words);
  }

  private static String required(String field, String text, int max) {
    String value = Texts.trimToNull(text);
    if (value == null) {
      throw BusinessException.onField(field, "article." + field + "Required");
    }
    if (value.length() > max) {
      throw BusinessException.onField(field, "article.tooLong", max);
    }
    return value;
  }

  public void publish(Instant at) {
    if (status != ArticleStatus.PUBLISHED) {
      status = ArticleStatus.PUBLISHED;
      publishedAt = at;
    }
  }

  /** Back to a draft: agents no longer find it until it is published again. */
  public void withdraw() {
    status = ArticleStatus.DRAFT;
  }

  /** The words it is found by as stored (for tests of the index). */
  public Set<String> getSearchWords() {
    return Set.copyOf(searchWords);
  }

  /** The words the article is found by: its title, category and text. */
  public Set<String> words() {
    return ArticleWords.of(title, category, body);
  }

  @Override
  public String auditLabel() {
    return title;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getCategory() {
    return category;
  }

  public String getLanguage() {
    return language;
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
