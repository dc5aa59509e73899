package uk.inspectorate.interop.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.cli.Main;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.generate.ReturnFiller;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.ingest.ForceRegistry;

/**
 * The survey loop for all 43 forces: {@code template} writes each force's workbook, the force
 * fills it in (every question type), and {@code assess} scores exactly the answers written.
 */
class ReturnRoundTripTest {
  static final Path SAMPLES = Path.of("../data-samples").toAbsolutePath().normalize();

  @Test
  void theAnswersWrittenAreTheAnswersScored(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.copy(SAMPLES.resolve("forces.csv"), data.resolve("forces.csv"));
    Files.copy(SAMPLES.resolve("network-code.yaml"), data.resolve("network-code.yaml"));
    for (String input : List.of("inventory", "workforce", "indicators")) {
      Path to = Files.createDirectories(data.resolve("2026").resolve(input));
      try (Stream<Path> files = Files.list(SAMPLES.resolve("2026").resolve(input))) {
        for (Path f : files.toList()) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
    NetworkCode code = CodeLoader.load(data.resolve("network-code.yaml"));
    List<Force> forces = ForceRegistry.load(data.resolve("forces.csv")).forces();
    StringWriter console = new StringWriter();
    assertThat(Main.run(new PrintWriter(console), new PrintWriter(console),
        "template", "--year", "2026", "--data", data.toString(), "--out", dir.resolve("out").toString()))
        .as(console.toString()).isZero();

    Path returns = Files.createDirectories(data.resolve("2026/returns"));
    Map<String, Map<String, Double>> expected = new HashMap<>();
    for (int f = 0; f < forces.size(); f++) {
      Force force = forces.get(f);
      Map<String, Object> answers = new HashMap<>();
      Map<String, Double> values = new HashMap<>();
      for (int q = 0; q < code.returnQuestions().size(); q++) {
        Question question = code.returnQuestions().get(q);
        int n = f + q;
        switch (question.type()) {
          case YES_NO -> {
            answers.put(question.id(), n % 2 == 0 ? "Yes" : "No");
            values.put(question.id(), n % 2 == 0 ? 1.0 : 0.0);
          }
          case LIKERT_0_4 -> {
            answers.put(question.id(), n % 5);
            values.put(question.id(), (double) (n % 5));
          }
          case PERCENT -> {
            answers.put(question.id(), (n * 7) % 101);
            values.put(question.id(), (double) ((n * 7) % 101));
          }
          case NUMBER -> {
            answers.put(question.id(), 3.25 + n);
            values.put(question.id(), 3.25 + n);
          }
          case CHOICE -> {
            answers.put(question.id(), question.options().get(n % question.options().size()));
            values.put(question.id(), (double) (n % question.options().size()));
          }
        }
      }
      ReturnFiller.fill(dir.resolve("out/templates/2026").resolve(force.slug() + ".xlsx"),
          returns.resolve(force.slug() + ".xlsx"), "Head of ICT", LocalDate.of(2026, 3, 1), answers,
          Map.of(code.returnQuestions().get(0).id(), "=filled in by " + force.shortName()));
      expected.put(force.code(), values);
    }

    Path out = dir.resolve("reports");
    assertThat(Main.run(new PrintWriter(console), new PrintWriter(console), "assess", "--year", "2026",
        "--data", data.toString(), "--out", out.toString(), "--master", "local[2]")).as(console.toString()).isZero();
    assertThat(console.toString()).contains("ingest returns: " + 43 * code.returnQuestions().size() + " rows from 43 files, 0 rejected");

    // Every returns measure here is max(value) over one question: the value must be the answer typed.
    Map<String, String> questionOf = new HashMap<>();
    for (Requirement r : code.requirements().toList()) {
      if (r.evidence().source() == Source.RETURNS) {
        questionOf.put(r.id(), r.evidence().where().replaceAll(".*'(\\w+)'.*", "$1"));
      }
    }
    List<Row> results = TestSpark.session().read().parquet(out.resolve("2026/data/requirement_results").toString())
        .collectAsList();
    int compared = 0;
    for (Row r : results) {
      String force = r.getAs("force_code");
      String requirement = r.getAs("requirement_id");
      if (questionOf.containsKey(requirement)) {
        assertThat(r.<Double>getAs("measure_value")).as(force + " " + requirement)
            .isEqualTo(expected.get(force).get(questionOf.get(requirement)));
        compared++;
      }
      Requirement req = code.requirements().filter(x -> x.id().equals(requirement)).findFirst().orElseThrow();
      if (req.crossCheckQuestion() != null) {
        assertThat(r.<Double>getAs("self_reported")).as(force + " " + requirement + " self-reported")
            .isEqualTo(expected.get(force).get(req.crossCheckQuestion()));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(43 * (questionOf.size() + (int) code.requirements().filter(x -> x.crossCheckQuestion() != null).count()));
  }
}
