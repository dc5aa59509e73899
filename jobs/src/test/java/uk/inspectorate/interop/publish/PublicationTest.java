package uk.inspectorate.interop.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationTest {
  @TempDir
  Path out;

  private Path publish(String id) throws IOException {
    Publication p = Publication.begin(out, 2026, id);
    Files.writeString(p.runDir().resolve("manifest.json"), "{\"run\": \"" + id + "\"}");
    p.commit();
    return p.runDir();
  }

  @Test
  void theYearLinkSwitchesToEachNewRunAndThreeRunsAreKept() throws IOException {
    Path inProgress = Files.createDirectories(out.resolve(".runs/2026-other-run-in-progress"));
    Path itsStaging = Files.createDirectories(out.resolve(".runs/2026-other-run-in-progress.staging"));
    for (int i = 1; i <= 5; i++) {
      Path run = publish("r" + i);
      assertThat(out.resolve("2026").toRealPath()).isEqualTo(run.toRealPath());
      assertThat(Files.readString(out.resolve("2026/manifest.json"))).contains("r" + i);
    }
    try (Stream<Path> runs = Files.list(out.resolve(".runs"))) {
      assertThat(runs.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("2026-other-run-in-progress", "2026-other-run-in-progress.staging", "2026-r3", "2026-r4", "2026-r5");
    }
    assertThat(inProgress).exists();
    assertThat(itsStaging).exists();
  }

  @Test
  void anAbandonedRunLeavesThePublicationAsItWas() throws IOException {
    Path first = publish("r1");
    Publication second = Publication.begin(out, 2026, "r2");
    Files.writeString(second.runDir().resolve("half-written.xlsx"), "x");
    second.abandon();
    assertThat(out.resolve("2026").toRealPath()).isEqualTo(first.toRealPath());
    assertThat(second.runDir()).doesNotExist();
  }
}
