package uk.inspectorate.interop.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {
  @TempDir
  Path temp;

  @Test
  void positionsCountTheLinesOfQuotedLineBreaks() throws IOException {
    CsvOutput.Position third;
    try (CsvOutput out = new CsvOutput(temp.resolve("returns"), "returns", List.of("a", "b"), 100, false)) {
      out.write(List.of("1", "plain"));
      out.write(List.of("2", "two\nlines"));
      third = out.write(List.of("3", "after"));
    }

    assertThat(third).isEqualTo(new CsvOutput.Position("returns/returns.csv", 5));
    assertThat(Files.readAllLines(temp.resolve("returns/returns.csv")).get(4)).isEqualTo("3,after");
  }

  @Test
  void numberedPartsRollOverAtTheLimit() throws IOException {
    CsvOutput.Position last;
    try (CsvOutput out = new CsvOutput(temp.resolve("inventory"), "inventory", List.of("a"), 2, true)) {
      out.write(List.of("1"));
      out.write(List.of("2"));
      last = out.write(List.of("3"));
      assertThat(out.rows()).isEqualTo(3);
      assertThat(out.files()).extracting(p -> p.getFileName().toString())
          .containsExactly("inventory-001.csv", "inventory-002.csv");
    }

    assertThat(last).isEqualTo(new CsvOutput.Position("inventory/inventory-002.csv", 2));
    assertThat(Files.readString(temp.resolve("inventory/inventory-002.csv"))).isEqualTo("a\n3\n");
  }

  @Test
  void anEmptyOutputStillWritesItsHeader() throws IOException {
    try (CsvOutput out = new CsvOutput(temp.resolve("workforce"), "workforce", List.of("a", "b"), 10, false)) {
      assertThat(out.rows()).isZero();
    }

    assertThat(Files.readString(temp.resolve("workforce/workforce.csv"))).isEqualTo("a,b\n");
  }
}
