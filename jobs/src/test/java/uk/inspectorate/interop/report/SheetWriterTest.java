package uk.inspectorate.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Excel tables need unique, non-empty headers. */
class SheetWriterTest {
  @Test
  void tableHeadersAreMadeUniqueAndNeverEmpty() {
    assertThat(SheetWriter.unique(List.of("Force", "Overall score", "overall score", "", "Overall score")))
        .containsExactly("Force", "Overall score", "overall score (2)", "Column 4", "Overall score (3)");
  }
}
