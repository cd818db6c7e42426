package de.opencrm.domain.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one cleaning step text passes on its way into the CRM, wherever it came from (a form, an API,
 * a web form, a webhook, a CSV or vCard file, an ERP file, a mail): control characters other than
 * tab and line breaks are removed, and so are halves of surrogate pairs that lost their other half.
 * No person typed them; PostgreSQL refuses the NUL character outright, and the others break
 * exports, PDFs and XML later.
 */
public final class InputText {

  private InputText() {}

  /** The text without control characters (tab, line feed and carriage return stay); null stays. */
  public static String clean(String text) {
    if (text == null || !needsCleaning(text)) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        kept.append(c).append(text.charAt(++i));
      } else if (!unwanted(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** Whether the text holds anything {@link #clean} removes. */
  public static boolean needsCleaning(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (unwanted(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the bytes are well-formed UTF-8 (what every API and form of the CRM expects). */
  public static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException malformed) {
      return false;
    }
  }

  private static boolean unwanted(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
  }
}
