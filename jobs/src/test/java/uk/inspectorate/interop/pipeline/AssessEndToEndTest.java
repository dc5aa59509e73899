package uk.inspectorate.interop.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.cli.Main;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;

/** The README's run command on the committed samples, end to end, into a temporary folder. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessEndToEndTest {
  static final Path SAMPLES = SamplePublication.SAMPLES;

  static Path out;

  static String firstRunOutput;

  @BeforeAll
  static void assessTheSamples() {
    out = SamplePublication.out();
    firstRunOutput = SamplePublication.console();
  }

  @Test
  @Order(1)
  void publishesTheWorkbookChartTablesAndManifest() throws IOException {
    Path year = out.resolve("2026");
    assertThat(Files.isSymbolicLink(year)).isTrue();
    assertThat(year.resolve("interop-maturity-2026.xlsx")).isNotEmptyFile();
    assertThat(year.resolve("charts/level-distribution.png")).isNotEmptyFile();
    assertThat(year.resolve("charts/level-distribution.svg")).isNotEmptyFile();
    for (String table : List.of("force_scores", "domain_scores", "requirement_results", "data_quality", "lifecycle_risks")) {
      assertThat(year.resolve("csv/" + table + ".csv")).isNotEmptyFile();
      assertThat(year.resolve("data/" + table + "/part-00000.parquet")).isNotEmptyFile();
    }
    assertThat(year.resolve("rejects/inventory.csv")).isNotEmptyFile();
    // the data dictionary describes every column of every published table
    List<CSVRecord> dictionary = records(year.resolve("csv/data-dictionary.csv"));
    for (String table : List.of("force_scores", "domain_scores", "requirement_results", "data_quality", "lifecycle_risks")) {
      List<String> header = List.of(Files.readAllLines(year.resolve("csv/" + table + ".csv")).get(0).split(","));
      assertThat(dictionary.stream().filter(r -> r.get("table").equals(table)).map(r -> r.get("column")).toList())
          .as(table).containsExactlyElementsOf(header);
    }
    assertThat(dictionary).allSatisfy(r -> assertThat(r.get("meaning")).isNotBlank());
    assertThat(firstRunOutput).contains("ingest inventory: ").contains("evidence inventory: ")
        .contains("assessed 43 forces against police-ict-network-code 1.0-draft");
  }

  @Test
  @Order(1)
  void noRespondentIdentifierReachesAnyOutput() throws IOException {
    String someRespondent = Files.readAllLines(SAMPLES.resolve("2026/workforce/workforce.csv")).get(1).split(",")[1];
    assertThat(someRespondent).startsWith("EMP-");
    try (Stream<Path> files = Files.walk(out.resolve("2026").toRealPath())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).as(file.toString()).doesNotContain("EMP-");
      }
    }
  }

  @Test
  @Order(2)
  void everyForceHasAScoreALevelAndARank() {
    NetworkCode code = loadCode();
    List<Row> forces = TestSpark.session().read().parquet(out.resolve("2026/data/force_scores").toString())
        .collectAsList();
    assertThat(forces).hasSize(43);
    for (Row f : forces) {
      assertThat(f.<Double>getAs("overall_score")).isBetween(0.0, 1.0);
      assertThat(f.<Integer>getAs("maturity_level")).isBetween(1, code.levels().size());
      assertThat(f.<Integer>getAs("rank")).isBetween(1, 43);
    }
    long results = TestSpark.session().read().parquet(out.resolve("2026/data/requirement_results").toString()).count();
    assertThat(results).isEqualTo(43L * code.requirements().count());
  }

  @Test
  @Order(2)
  void everySystemNamedInALookAheadIsALifecycleRiskNamingTheRequirementsItLowers() {
    var spark = TestSpark.session();
    List<Row> ahead = spark.read().parquet(out.resolve("2026/data/requirement_results").toString())
        .where("systems_leaving_support <> ''").collectAsList();
    java.util.Map<String, Row> risks = new java.util.HashMap<>();
    spark.read().parquet(out.resolve("2026/data/lifecycle_risks").toString()).collectAsList()
        .forEach(r -> risks.put(r.<String>getAs("force_code") + "|" + r.<String>getAs("asset_id"), r));
    assertThat(ahead).isNotEmpty();
    for (Row result : ahead) {
      String requirement = result.getAs("requirement_id");
      for (String asset : result.<String>getAs("systems_leaving_support").split(" ")) {
        Row risk = risks.get(result.<String>getAs("force_code") + "|" + asset);
        assertThat(risk).as(asset).isNotNull();
        assertThat(risk.<String>getAs("support_status")).isEqualTo("passes within the year");
        assertThat(risk.<java.sql.Date>getAs("end_of_support").toLocalDate()).isBetween(
            java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2027, 3, 31));
        boolean lowered = result.<Double>getAs("next_year_score") < result.<Double>getAs("score") - 1e-9;
        assertThat(List.of(risk.<String>getAs("requirements_lowered").split(" ")).contains(requirement))
            .as(asset + " lowers " + requirement).isEqualTo(lowered);
      }
      // losing support never raises a higher-is-better share of supported systems
      if (requirement.equals("INF-01")) {
        assertThat(result.<Double>getAs("next_year_score")).isLessThanOrEqualTo(result.<Double>getAs("score"));
      }
    }
    List<Row> forces = spark.read().parquet(out.resolve("2026/data/force_scores").toString()).collectAsList();
    assertThat(forces).anySatisfy(f -> assertThat(f.<Double>getAs("next_year_score")).isLessThan(f.<Double>getAs("overall_score")));
  }

  @Test
  @Order(3)
  void manifestSaysWhatWentIn() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("2026/manifest.json").toFile());
    assertThat(manifest.path("code").path("version").asText()).isEqualTo("1.0-draft");
    assertThat(manifest.path("status").asText()).isEqualTo("PROVISIONAL");
    assertThat(manifest.path("options").path("as_of").asText()).isEqualTo("2026-03-31");
    // 2025 is not published in this output folder, so it was assessed from the data folder in the same run
    assertThat(manifest.path("previous_year").asText()).startsWith("assessed in this run from ");
    JsonNode inventory = manifest.path("rows_in").path("inventory");
    assertThat(inventory.path("read").asLong())
        .isEqualTo(inventory.path("used").asLong() + inventory.path("rejected").asLong()).isPositive();
    assertThat(manifest.path("inputs")).allSatisfy(file -> assertThat(file.path("sha256").asText()).hasSize(64));
  }

  @Test
  @Order(4)
  void aSecondRunGivesTheSameFilesAndManifestButForItsRunIdAndTime() throws IOException {
    Path first = out.resolve("2026").toRealPath();
    int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "assess", "--year", "2026", "--data", SAMPLES.toString(), "--out", out.toString(), "--master", "local[2]");
    assertThat(exit).isZero();
    Path second = out.resolve("2026").toRealPath();
    assertThat(second).isNotEqualTo(first);
    // every table (Parquet and CSV), chart (PNG and SVG), dashboard page, asset and reject, byte for byte
    List<Path> files;
    try (Stream<Path> walk = Files.walk(first)) {
      files = walk.filter(Files::isRegularFile).map(first::relativize)
          .filter(f -> List.of("csv", "data", "charts", "dashboard", "rejects").contains(f.getName(0).toString()))
          .toList();
    }
    assertThat(files).hasSizeGreaterThan(46 + 100 + 20);
    assertThat(files).anyMatch(f -> f.toString().endsWith(".parquet")).anyMatch(f -> f.toString().endsWith(".png"));
    for (Path relative : files) {
      assertThat(second.resolve(relative.toString())).as(relative.toString())
          .hasSameBinaryContentAs(first.resolve(relative.toString()));
    }
    ObjectMapper json = new ObjectMapper();
    var firstManifest = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(first.resolve("manifest.json").toFile());
    var secondManifest = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(second.resolve("manifest.json").toFile());
    assertThat(secondManifest.path("run_id").asText()).isNotEqualTo(firstManifest.path("run_id").asText());
    for (var manifest : List.of(firstManifest, secondManifest)) {
      manifest.remove("run_id");
      manifest.remove("created_at");
    }
    // the same keys in the same order, the same values
    assertThat(json.writeValueAsString(secondManifest)).isEqualTo(json.writeValueAsString(firstManifest));
  }

  @Test
  @Order(5)
  void aRunThatDiesBeforePublishingLeavesThePreviousPublication() throws IOException {
    Path before = out.resolve("2026").toRealPath();
    byte[] scores = Files.readAllBytes(before.resolve("csv/force_scores.csv"));
    AssessOptions options = new AssessOptions(2026, SAMPLES, SAMPLES.resolve("network-code.yaml"), out,
        AssessOptions.defaultAsOf(2026), "local[2]", "OFFICIAL", false);
    java.time.Instant fixed = java.time.Instant.parse("2026-04-01T09:30:00Z");
    Path run = out.resolve(".runs/2026-20260401T093000-killed");
    Assessor assessor = new Assessor(TestSpark.session(), new Progress(new PrintWriter(new StringWriter())),
        java.time.Clock.fixed(fixed, java.time.ZoneOffset.UTC), started -> "20260401T093000-killed", () -> {
          // everything is written, under the given run id and time, before the switch
          try {
            JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
            assertThat(manifest.path("run_id").asText()).isEqualTo("20260401T093000-killed");
            assertThat(manifest.path("created_at").asText()).isEqualTo("2026-04-01T09:30:00Z");
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          throw new IllegalStateException("killed");
        });
    assertThatThrownBy(() -> assessor.assess(loadCode(), options)).hasMessage("killed");
    assertThat(run).as("the dead run is removed").doesNotExist();
    assertThat(out.resolve("2026").toRealPath()).isEqualTo(before);
    assertThat(Files.readAllBytes(out.resolve("2026/csv/force_scores.csv"))).isEqualTo(scores);
    try (Stream<Path> runs = Files.list(out.resolve(".runs"))) {
      assertThat(runs.map(p -> p.getFileName().toString()))
          .as("the dead run's staging folder is cleaned up").noneMatch(n -> n.endsWith(".staging"))
          .hasSize(2);
    }
  }

  @Test
  @Order(1)
  void theWorkbookOpensInLibreOfficeAndItsNumbersAreThePublishedOnes(@TempDir Path converted) throws Exception {
    Assumptions.assumeTrue(onPath("soffice"), "LibreOffice is not installed (.ci/run installs it)");
    Path workbook = out.resolve("2026/interop-maturity-2026.xlsx");
    // Every sheet to its own CSV (the last token, -1), with values rather than their display.
    soffice(converted, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1", workbook);
    soffice(converted, "pdf", workbook);
    assertThat(converted.resolve("interop-maturity-2026.pdf")).isNotEmptyFile();

    List<String> levels = Files.readAllLines(converted.resolve("interop-maturity-2026-Level distribution.csv"));
    assertThat(levels.get(0)).startsWith("Level,Level name");
    assertThat(levels.stream().skip(1).filter(l -> !l.isBlank()).mapToInt(l -> Integer.parseInt(l.split(",")[4])).sum())
        .isEqualTo(43);

    Map<String, Double> published = new HashMap<>();
    for (CSVRecord r : records(out.resolve("2026/csv/force_scores.csv"))) {
      published.put(r.get("force_code"), Double.parseDouble(r.get("overall_score")));
    }
    List<CSVRecord> trends = records(converted.resolve("interop-maturity-2026-Trends.csv"));
    assertThat(trends).hasSize(43).allSatisfy(t -> assertThat(t.get("Score 2025")).endsWith("%"));
    List<CSVRecord> forces = records(converted.resolve("interop-maturity-2026-Forces.csv"));
    assertThat(forces).hasSize(43);
    for (CSVRecord f : forces) {
      assertThat(percent(f.get("Overall score"))).as(f.get("Force code")).isCloseTo(published.get(f.get("Force code")), within(1e-9));
    }

    Map<String, String> scores = new HashMap<>();
    for (CSVRecord r : records(out.resolve("2026/csv/requirement_results.csv"))) {
      scores.put(r.get("force_code") + "|" + r.get("requirement_id"), r.get("score"));
    }
    List<CSVRecord> results = records(converted.resolve("interop-maturity-2026-Requirement results.csv"));
    assertThat(results).hasSize(scores.size());
    for (CSVRecord r : results) {
      String expected = scores.get(r.get("Force code") + "|" + r.get("Requirement"));
      if (expected.isEmpty()) {
        assertThat(r.get("Score")).isEmpty();
      } else {
        assertThat(percent(r.get("Score"))).isCloseTo(Double.parseDouble(expected), within(1e-9));
      }
    }
  }

  @Test
  @Order(1)
  void everyFactsheetConvertsToPdfAndItsScoresAreThePublishedOnes(@TempDir Path converted) throws Exception {
    Assumptions.assumeTrue(onPath("soffice"), "LibreOffice is not installed (.ci/run installs it)");
    List<Path> factsheets;
    try (Stream<Path> files = Files.list(out.resolve("2026/factsheets"))) {
      factsheets = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
    }
    assertThat(factsheets).hasSize(43);
    // One LibreOffice for all 43: starting it is most of the time.
    List<String> command = new java.util.ArrayList<>(List.of("soffice", "-env:UserInstallation=" + converted.resolve("profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", converted.toString()));
    factsheets.forEach(f -> command.add(f.toString()));
    Process soffice = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(soffice.getInputStream().readAllBytes());
    assertThat(soffice.waitFor()).as(log).isZero();
    for (Path f : factsheets) {
      assertThat(converted.resolve(f.getFileName().toString().replace(".xlsx", ".pdf"))).as(log).isNotEmptyFile();
    }

    soffice(converted, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
        out.resolve("2026/factsheets/kent.xlsx"));
    Map<String, String> published = new HashMap<>();
    for (CSVRecord r : records(out.resolve("2026/csv/requirement_results.csv"))) {
      if (r.get("force_code").equals("E23000032")) {
        published.put(r.get("requirement_id"), r.get("score"));
      }
    }
    List<CSVRecord> rows = records(converted.resolve("kent-All requirements.csv"));
    assertThat(rows).hasSize(published.size());
    for (CSVRecord r : rows) {
      String expected = published.get(r.get("Requirement"));
      if (expected.isEmpty()) {
        assertThat(r.get("Score")).as(r.get("Requirement")).isEmpty();
      } else {
        assertThat(percent(r.get("Score"))).as(r.get("Requirement")).isCloseTo(Double.parseDouble(expected), within(1e-9));
      }
    }
  }

  private static void soffice(Path outDir, String format, Path file) throws Exception {
    Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + outDir.resolve("profile").toUri(),
        "--headless", "--convert-to", format, "--outdir", outDir.toString(), file.toString())
        .redirectErrorStream(true).start();
    String log = new String(soffice.getInputStream().readAllBytes());
    assertThat(soffice.waitFor()).as(log).isZero();
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (var parser = CSVParser.parse(csv, java.nio.charset.StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  /** A percentage as LibreOffice writes it ("85.8254210757795%") as a fraction. */
  private static double percent(String text) {
    return Double.parseDouble(text.replace("%", "")) / 100;
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  @Test
  void aMissingInventoryExits1SayingWhereItLooked(@TempDir Path data) throws IOException {
    Files.copy(SAMPLES.resolve("forces.csv"), data.resolve("forces.csv"));
    Files.copy(SAMPLES.resolve("network-code.yaml"), data.resolve("network-code.yaml"));
    Files.createDirectories(data.resolve("2026/returns"));
    Files.copy(SAMPLES.resolve("2026/returns").resolve(firstFile(SAMPLES.resolve("2026/returns"))),
        data.resolve("2026/returns/returns.csv"));
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "assess", "--year", "2026", "--data", data.toString(), "--out", data.resolve("out").toString(), "--master", "local[2]");
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("Cannot assess without the inventory input: found no .csv or .parquet file in ")
        .contains("/2026/inventory/. The network code police-ict-network-code 1.0-draft reads it for 19 requirement(s) (GOV-03, DAT-01, ")
        .contains("Cannot assess without the workforce input")
        .doesNotContain("\tat ");
    assertThat(data.resolve("out/2026")).doesNotExist();
  }

  private static String firstFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
    }
  }

  private static NetworkCode loadCode() {
    try {
      return CodeLoader.load(SAMPLES.resolve("network-code.yaml"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
