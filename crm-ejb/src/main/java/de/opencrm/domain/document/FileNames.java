package de.opencrm.domain.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the name a browser sent into one that is safe to show, store and offer as a download: no
 * path, no control or reserved characters, no Windows device name, at most {@value #MAX_LENGTH}
 * characters with the extension kept. Umlauts stay: "Angebot Müller.pdf" is a fine name.
 */
public final class FileNames {

  public static final int MAX_LENGTH = 200;

  private static final String FALLBACK = "Dokument";

  private static final Set<String> DEVICE_NAMES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private FileNames() {}

  public static String sanitize(String sent) {
    String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
    // browsers on Windows used to send the whole path; either separator ends it
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_").replaceAll("\\s+", " ");
    name = name.replaceAll("^ +|[ .]+$", "");
    int dot = name.lastIndexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    String extension = dot < 0 ? "" : name.substring(dot);
    if (base.isBlank()) {
      base = FALLBACK;
    }
    if (DEVICE_NAMES.contains(base.toLowerCase(Locale.ROOT))) {
      base = "_" + base;
    }
    if (extension.length() > 20) {
      extension = "";
    }
    int room = MAX_LENGTH - extension.length();
    if (base.length() > room) {
      base = base.substring(0, room).strip();
    }
    return base + extension;
  }
}
