package uk.inspectorate.interop.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {
  static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @Test
  void aRespondentBecomesTheHmacOfTheirIdentifier() throws Exception {
    Pseudonymiser p = new Pseudonymiser(KEY);
    assertThat(p.call("EMP-000123")).isEqualTo("1dffe278b3e3e036de0ef949467cb6052c3ae745e72db2b43e7cf948e811a97f");
    assertThat(p.call(" EMP-000123 ")).isEqualTo(p.call("EMP-000123"));
    assertThat(new Pseudonymiser("fedcba9876543210".getBytes(StandardCharsets.UTF_8)).call("EMP-000123"))
        .isNotEqualTo(p.call("EMP-000123"));
    assertThat(p.call("")).isNull();
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> new Pseudonymiser(new byte[8])).hasMessage("A pseudonym key needs at least 16 bytes");
  }
}
