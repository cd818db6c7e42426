package de.opencrm.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputTextTest {

  @Test
  void controlCharactersGoTabsAndLineBreaksStay() {
    assertThat(InputText.clean("Mül\u0000ler\u0007 GmbH\u007F\u0085")).isEqualTo("Müller GmbH");
    assertThat(InputText.clean("Zeile 1\r\nZeile 2\tTab")).isEqualTo("Zeile 1\r\nZeile 2\tTab");
    assertThat(InputText.clean(null)).isNull();
  }

  @Test
  void charactersBeyondTheBasicPlaneStayAndLoneHalvesGo() {
    assertThat(InputText.clean("Łódź 😀 €")).isEqualTo("Łódź 😀 €");
    assertThat(InputText.clean("a\uD83Db\uDE00c")).isEqualTo("abc");
    assertThat(InputText.needsCleaning("Łódź 😀 €")).isFalse();
  }

  @Test
  void onlyWellFormedUtf8IsUtf8() {
    assertThat(InputText.isUtf8("Grüße".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(InputText.isUtf8(new byte[] {'a', (byte) 0xC3})).isFalse();
    assertThat(InputText.isUtf8("Grüße".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
  }
}
