package de.opencrm.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KnowledgeArticleTest {

  @Test
  void isFoundByTheWordsOfItsTitleCategoryAndText() {
    KnowledgeArticle article =
        new KnowledgeArticle("Drucker zeigt Fehler", "Papierfach prüfen.", "Hardware", null);
    assertThat(article.getLanguage()).isEqualTo("de");
    assertThat(article.getCategory()).isEqualTo("hardware");
    assertThat(article.getSearchWords())
        .containsExactlyInAnyOrder(
            "drucker", "zeigt", "fehler", "hardware", "papierfach", "pruefen");

    article.write("Drucker zeigt Fehler", "Toner wechseln.", "Hardware", "de");
    assertThat(article.getSearchWords())
        .containsExactlyInAnyOrder("drucker", "zeigt", "fehler", "hardware", "toner", "wechseln");
  }

  @Test
  void refusesWhatWouldBeLostOrCannotBeShown() {
    assertThatThrownBy(() -> new KnowledgeArticle(" ", "Text", null, "de"))
        .isInstanceOf(BusinessException.class)
        .extracting("field")
        .isEqualTo("title");
    assertThatThrownBy(() -> new KnowledgeArticle("Titel", "x".repeat(4001), null, "de"))
        .isInstanceOf(BusinessException.class)
        .extracting("field")
        .isEqualTo("body");
    assertThatThrownBy(() -> new KnowledgeArticle("Titel", "Text", null, "fr"))
        .isInstanceOf(BusinessException.class)
        .extracting("field")
        .isEqualTo("language");
  }

  @Test
  void publishingTwiceKeepsTheFirstTime() {
    KnowledgeArticle article = new KnowledgeArticle("Reset password", "Use the link.", null, "EN");
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    Instant first = Instant.parse("2026-11-02T09:00:00Z");
    article.publish(first);
    article.publish(first.plusSeconds(60));
    assertThat(article.getPublishedAt()).isEqualTo(first);
    article.withdraw();
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(article.getLanguage()).isEqualTo("en");
  }
}
