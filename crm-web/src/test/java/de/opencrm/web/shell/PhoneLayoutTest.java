package de.opencrm.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every PrimeFaces table stacks its cells on a phone (reflow), so a table added later fits a phone
 * as the walk-through's checks of the main pages expect of all of them.
 */
class PhoneLayoutTest {

  private static final Pattern TABLE = Pattern.compile("<p:dataTable\\b[^>]*>", Pattern.DOTALL);

  @Test
  void everyDataTableReflowsOnAPhone() throws IOException {
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      List<String> unstacked =
          pages
              .filter(p -> p.toString().endsWith(".xhtml"))
              .flatMap(PhoneLayoutTest::tablesWithoutReflow)
              .toList();
      assertThat(unstacked).isEmpty();
    }
  }

  private static Stream<String> tablesWithoutReflow(Path page) {
    try {
      return TABLE
          .matcher(Files.readString(page))
          .results()
          .map(m -> m.group())
          .filter(t -> !t.contains("reflow=\"true\""))
          .map(t -> page + ": " + t.substring(0, Math.min(80, t.length())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
