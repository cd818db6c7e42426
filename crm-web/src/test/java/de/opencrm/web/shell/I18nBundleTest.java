package de.opencrm.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.admin.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * German and English must say the same things, and every key a page or a service uses must exist.
 */
class I18nBundleTest {

  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = I18nBundleTest.class.getResourceAsStream("/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void germanAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(new TreeSet<>(load("messages_de.properties").stringPropertyNames()))
        .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Properties en = load("messages.properties");
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        var keys = PAGE_KEY.matcher(Files.readString(page)).results().map(m -> m.group(1)).toList();
        assertThat(en.stringPropertyNames()).as(page.toString()).containsAll(keys);
      }
    }
  }

  @Test
  void everyRoleAndMenuEntryHasALabel() throws IOException {
    Properties de = load("messages_de.properties");
    for (Role role : Role.values()) {
      assertThat(de.getProperty("role." + role.name())).isNotBlank();
    }
    for (NavigationItem item : NavigationItem.values()) {
      assertThat(de.getProperty(item.getLabelKey())).isNotBlank();
    }
  }

  @Test
  void germanTextIsReallyGerman() throws IOException {
    assertThat(load("messages_de.properties").getProperty("login.title")).isEqualTo("Anmelden");
    assertThat(load("messages_de.properties").getProperty("nav.password")).contains("ä");
  }
}
