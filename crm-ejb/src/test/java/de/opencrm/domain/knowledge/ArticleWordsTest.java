package de.opencrm.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleWordsTest {

  @Test
  void keepsTheWordsThatSayWhatATextIsAbout() {
    assertThat(ArticleWords.of("Der Drucker druckt nicht mehr – Fehler E-42 seit dem Update!"))
        .containsExactly("drucker", "druckt", "mehr", "fehler", "update");
  }

  @Test
  void foldsUmlauteSoBothSpellingsMeet() {
    assertThat(ArticleWords.of("Größe der Überweisung")).containsExactly("groesse", "ueberweisung");
    assertThat(ArticleWords.of("groesse")).containsExactly("groesse");
  }

  @Test
  void countsEachWordOnceAndStopsAtTheLimit() {
    assertThat(ArticleWords.of("Passwort passwort PASSWORT", "Passwort vergessen"))
        .containsExactly("passwort", "vergessen");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      many.append("wort")
          .append((char) ('a' + i % 26))
          .append((char) ('a' + i / 26 % 26))
          .append(' ');
    }
    assertThat(ArticleWords.of(many.toString())).hasSize(ArticleWords.MAX);
    assertThat(ArticleWords.of((String) null)).isEmpty();
  }

  @Test
  void aSearchLooksUpTheBeginningsOfTheWordsTyped() {
    assertThat(ArticleWords.typed("Der DR  überw 2026 und")).containsExactly("dr", "ueberw");
    assertThat(ArticleWords.typed(" ")).isEmpty();
    assertThat(ArticleWords.typed(null)).isEmpty();
    assertThat(ArticleWords.typed("a b c d e f g h i j k l m n o p q r s t u v w x y z zz"))
        .containsExactly("zz");
    assertThat(ArticleWords.typed("aa bb cc dd ee ff gg hh ii jj")).hasSize(ArticleWords.TYPED);
  }
}
