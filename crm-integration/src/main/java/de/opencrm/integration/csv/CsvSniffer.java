package de.opencrm.integration.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds a CSV file's encoding and delimiter from its first bytes. Excel writes "CSV (Trennzeichen-
 * getrennt)" in Windows-1252 with semicolons, "CSV UTF-8" with a BOM, and "Unicode-Text" as UTF-16
 * with tabs; other tools write UTF-8 with commas.
 */
public final class CsvSniffer {

  /** Enough to see several lines of any reasonable file. */
  public static final int HEAD_BYTES = 64 * 1024;

  private static final List<Character> DELIMITERS = List.of(';', ',', '\t', '|');

  private CsvSniffer() {}

  public static CsvDialect sniff(byte[] head) {
    String charset;
    int bom = 0;
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      charset = "UTF-8";
      bom = 3;
    } else if (startsWith(head, 0xFF, 0xFE)) {
      charset = "UTF-16LE";
      bom = 2;
    } else if (startsWith(head, 0xFE, 0xFF)) {
      charset = "UTF-16BE";
      bom = 2;
    } else {
      charset = isUtf8(head) ? "UTF-8" : "windows-1252";
    }
    String text = new String(head, bom, head.length - bom, Charset.forName(charset));
    return new CsvDialect(charset, bom, delimiter(text));
  }

  /** Whether the bytes decode as UTF-8, allowing a character cut off at the very end. */
  static boolean isUtf8(byte[] head) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int length = head.length;
    if (length == HEAD_BYTES) {
      // drop a multi-byte character the head may have cut in two
      int back = 0;
      while (back < 3 && length - back - 1 >= 0 && (head[length - back - 1] & 0xC0) == 0x80) {
        back++;
      }
      if (length - back - 1 >= 0 && (head[length - back - 1] & 0x80) != 0) {
        length -= back + 1;
      }
    }
    try {
      decoder.decode(ByteBuffer.wrap(head, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The candidate that appears on every one of the first lines (outside quotes) the most times; a
   * semicolon wins a tie, as German Excel writes it.
   */
  static char delimiter(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(10).toList();
    if (lines.size() > 1 && !text.endsWith("\n")) {
      lines = lines.subList(0, lines.size() - 1);
    }
    char best = ';';
    int bestScore = 0;
    for (char candidate : DELIMITERS) {
      int fewest = Integer.MAX_VALUE;
      for (String line : lines) {
        fewest = Math.min(fewest, countOutsideQuotes(line, candidate));
      }
      int score = lines.isEmpty() ? 0 : fewest;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static int countOutsideQuotes(String line, char candidate) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == candidate && !quoted) {
        count++;
      }
    }
    return count;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
