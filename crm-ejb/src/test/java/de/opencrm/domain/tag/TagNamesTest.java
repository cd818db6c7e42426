package de.opencrm.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TagNamesTest {

  @Test
  void oneTagWhateverTheCaseSpacesOrUmlautSpelling() {
    assertThat(TagNames.key("Messe 2026")).isEqualTo(TagNames.key("  messe   2026 "));
    assertThat(TagNames.key("Bäcker")).isEqualTo(TagNames.key("baecker"));
    assertThat(TagNames.distinct(Arrays.asList("A-Kunde", "a-kunde", " ", null, "Newsletter")))
        .containsExactly("A-Kunde", "Newsletter");
  }

  @Test
  void refusesEmptyLongAndSeparatedNames() {
    assertThatThrownBy(() -> TagNames.tidy("  "))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("tag.empty");
    assertThatThrownBy(() -> TagNames.tidy("x".repeat(41)))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("tag.tooLong");
    assertThatThrownBy(() -> TagNames.tidy("Messe, Köln"))
        .extracting(e -> ((BusinessException) e).getField())
        .isEqualTo("tags");
  }

  @Test
  void aRecordCarriesAtMostTwentyTags() {
    List<String> many = IntStream.rangeClosed(1, 21).mapToObj(i -> "Tag " + i).toList();
    assertThatThrownBy(() -> TagNames.distinct(many))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("tag.tooMany");
  }
}
