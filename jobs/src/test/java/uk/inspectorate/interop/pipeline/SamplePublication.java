package uk.inspectorate.interop.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.cli.Main;

/**
 * The README's run command on the committed samples, run once per test JVM into a temporary
 * folder that every end-to-end test of the samples reads, so the pipeline runs once however many
 * test classes look at its outputs. Removed when the JVM exits.
 */
final class SamplePublication {
  static final Path SAMPLES = Path.of("../data-samples").toAbsolutePath().normalize();

  private static Path out;
  private static String console;

  private SamplePublication() {}

  /** The output folder holding {@code 2026/}, assessing the samples on first use. */
  static synchronized Path out() {
    if (out == null) {
      try {
        Path dir = Files.createTempDirectory("interop-samples");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
        TestSpark.session();
        StringWriter text = new StringWriter();
        int exit = Main.run(new PrintWriter(text), new PrintWriter(text),
            "assess", "--year", "2026", "--data", SAMPLES.toString(), "--out", dir.toString(), "--master", "local[2]");
        console = text.toString();
        assertThat(exit).as(console).isZero();
        out = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** What the first run printed. */
  static synchronized String console() {
    out();
    return console;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is not worth failing the build for
    }
  }
}
