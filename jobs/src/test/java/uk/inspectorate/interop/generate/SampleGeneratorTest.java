package uk.inspectorate.interop.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.Force;

class SampleGeneratorTest {
  private static final NetworkCode CODE = GeneratorFixtures.sampleCode();
  private static final List<Force> FORCES = GeneratorFixtures.forces();

  @TempDir
  Path temp;

  @Test
  void sameArgumentsGiveByteIdenticalFiles() throws IOException {
    GenerationSummary first = generate(temp.resolve("a"), 2025, 1, 20250331L);
    GenerationSummary second = generate(temp.resolve("b"), 2025, 1, 20250331L);

    assertThat(relative(temp.resolve("a"), first.files())).isEqualTo(relative(temp.resolve("b"), second.files()));
    for (Path file : first.files()) {
      Path twin = temp.resolve("b").resolve(temp.resolve("a").relativize(file));
      assertThat(Files.readAllBytes(twin)).as("bytes of %s", twin).isEqualTo(Files.readAllBytes(file));
    }
  }

  @Test
  void seedVariesTheSurveysButNotTheEstate() throws IOException {
    generate(temp.resolve("a"), 2025, 1, 1L);
    generate(temp.resolve("b"), 2025, 1, 2L);

    assertThat(bytes(temp.resolve("b/2025/inventory/inventory.csv")))
        .isEqualTo(bytes(temp.resolve("a/2025/inventory/inventory.csv")));
    assertThat(bytes(temp.resolve("b/2025/returns/returns.csv")))
        .isNotEqualTo(bytes(temp.resolve("a/2025/returns/returns.csv")));
    assertThat(bytes(temp.resolve("b/2025/workforce/workforce.csv")))
        .isNotEqualTo(bytes(temp.resolve("a/2025/workforce/workforce.csv")));
  }

  @Test
  void writesTheThreeInputsWithTheirContractHeaders() throws IOException {
    GenerationSummary summary = generate(temp, 2025, 1, 20250331L);

    assertThat(relative(temp, summary.files())).containsExactly(
        "2025/inventory/inventory.csv", "2025/returns/returns.csv", "2025/workforce/workforce.csv");
    assertThat(firstLine(temp.resolve("2025/inventory/inventory.csv"))).isEqualTo(
        "force_code,asset_id,asset_class,category,vendor,product,version,deployed_on,end_of_support,hosting,"
            + "standards,national_links,sharing_partners,open_api,sso,accreditation,users,annual_cost_gbp");
    assertThat(firstLine(temp.resolve("2025/returns/returns.csv")))
        .isEqualTo("force_code,question_id,answer,comment,respondent_role,submitted_on");
    assertThat(firstLine(temp.resolve("2025/workforce/workforce.csv")))
        .isEqualTo("force_code,respondent_id,role,question_id,answer,submitted_on");
  }

  @Test
  void everyInventoryRowHasEighteenColumnsAndWellFormedValues() throws IOException {
    generate(temp, 2026, 1, 20260331L);
    List<Map<String, String>> rows = GeneratorFixtures.read(temp.resolve("2026/inventory/inventory.csv"));

    List<String> lines = Files.readAllLines(temp.resolve("2026/inventory/inventory.csv"));
    assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(18));
    assertThat(rows).allSatisfy(row -> {
      assertThat(row).hasSize(18);
      assertThat(row.get("open_api")).isIn("true", "false");
      assertThat(row.get("sso")).isIn("true", "false");
      assertThat(row.get("deployed_on")).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(row.get("users")).matches("\\d+");
      assertThat(row.get("annual_cost_gbp")).matches("\\d+");
      assertThat(row.get("hosting")).isIn("on_premises", "private_cloud", "public_cloud", "national");
    });
  }

  @Test
  void sampleHasRoughlySixtyToOneHundredAndFiftyAssetsAForce() throws IOException {
    GenerationSummary summary = generate(temp, 2025, 1, 20250331L);
    Map<String, Long> perForce = GeneratorFixtures.read(temp.resolve("2025/inventory/inventory.csv")).stream()
        .collect(Collectors.groupingBy(r -> r.get("force_code"), Collectors.counting()));

    assertThat(summary.rows(Source.INVENTORY)).isBetween(3_000L, 5_000L);
    assertThat(perForce).hasSize(44).containsEntry(PlannedDefects.UNKNOWN_FORCE_CODE, 1L);
    perForce.remove(PlannedDefects.UNKNOWN_FORCE_CODE);
    assertThat(perForce.values()).allSatisfy(n -> assertThat(n).isBetween(50L, 150L));
    assertThat(perForce.get("E23000001")).as("the Met has the largest estate")
        .isEqualTo(perForce.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    assertThat(summary.rows(Source.WORKFORCE)).isBetween(43L * 20 * 2 * 9 / 10, 43L * 60 * 2);
  }

  @Test
  void rowsGrowWithScaleAndLargeInputsAreSplitIntoNumberedFiles() throws IOException {
    GenerationSummary one = generate(temp.resolve("one"), 2025, 1, 7L);
    GenerationSummary three = generate(temp.resolve("three"), 2025, 3, 7L);

    assertThat((double) three.rows(Source.INVENTORY) / one.rows(Source.INVENTORY)).isBetween(2.85, 3.15);
    assertThat((double) three.rows(Source.WORKFORCE) / one.rows(Source.WORKFORCE)).isBetween(2.85, 3.15);
    assertThat(three.rows(Source.RETURNS)).isEqualTo(one.rows(Source.RETURNS));
    assertThat(relative(temp.resolve("three"), three.files()))
        .contains("2025/inventory/inventory-001.csv", "2025/workforce/workforce-001.csv");
  }

  @Test
  void splitFilesEachHaveAHeaderAndAtMostTheLimit() throws IOException {
    GenerationSummary summary = new SampleGenerator(4_000)
        .generate(temp, 2025, 3, 7L, CODE, FORCES);
    List<Path> parts = summary.files().stream()
        .filter(f -> f.getParent().getFileName().toString().equals("inventory")).toList();

    assertThat(parts).extracting(p -> p.getFileName().toString())
        .startsWith("inventory-001.csv", "inventory-002.csv", "inventory-003.csv");
    long total = 0;
    for (Path part : parts) {
      List<Map<String, String>> rows = GeneratorFixtures.read(part);
      assertThat(firstLine(part)).startsWith("force_code,asset_id,");
      assertThat(rows.size()).isLessThanOrEqualTo(4_000);
      total += rows.size();
    }
    assertThat(total).isEqualTo(summary.rows(Source.INVENTORY));
  }

  @Test
  void rerunAtAnotherScaleLeavesNoStaleParts() throws IOException {
    generate(temp, 2025, 2, 7L);
    Files.writeString(temp.resolve("2025/inventory/notes.txt"), "kept");

    generate(temp, 2025, 1, 7L);

    try (Stream<Path> files = Files.list(temp.resolve("2025/inventory"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("inventory.csv", "notes.txt");
    }
  }

  @Test
  void returnsAnswerEveryQuestionOfTheCodeThatStartsWithQ() throws IOException {
    generate(temp, 2026, 1, 20260331L);
    Map<String, Long> perForce = GeneratorFixtures.read(temp.resolve("2026/returns/returns.csv")).stream()
        .filter(r -> !r.get("question_id").equals("Q99"))
        .collect(Collectors.groupingBy(r -> r.get("force_code"), Collectors.counting()));

    assertThat(perForce).hasSize(43).allSatisfy((force, answers) -> assertThat(answers).isEqualTo(12L));
  }

  @Test
  void describesEachInputAndEachPlantedDefectOnALine() throws IOException {
    GenerationSummary summary = generate(temp, 2025, 1, 20250331L);

    assertThat(summary.describe()).hasSize(3 + summary.defects().size());
    assertThat(summary.describe().get(0)).matches("generate inventory 2025: \\d,\\d{3} rows in 1 file\\(s\\)");
    assertThat(summary.describe()).contains(
        "  planted defect, returns/returns.csv, force E23000020: no survey return at all from Lincolnshire Police");
  }

  @Test
  void refusesYearsBeforeTheSimulationStarts() {
    assertThatThrownBy(() -> generate(temp, 2019, 1, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot generate year 2019: the estate is simulated from 2019, so give a year from 2020 to 2100");
  }

  @Test
  void refusesAScaleBelowOne() {
    assertThatThrownBy(() -> generate(temp, 2025, 0, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot generate at scale 0: the scale multiplies rows per force, so give 1 (the sample size) "
            + "or more");
  }

  @Test
  void refusesAnEmptyForceRegistry() {
    assertThatThrownBy(() -> new SampleGenerator().generate(temp, 2025, 1, 1L, CODE, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot generate inputs: the force registry lists no forces");
  }

  @Test
  void defaultSeedIsTheAssessmentDate() {
    assertThat(SampleGenerator.defaultSeed(2025)).isEqualTo(20250331L);
    assertThat(SampleGenerator.asOf(2026)).hasToString("2026-03-31");
  }

  private static GenerationSummary generate(Path dir, int year, int scale, long seed) throws IOException {
    return new SampleGenerator().generate(dir, year, scale, seed, CODE, FORCES);
  }

  private static List<String> relative(Path root, List<Path> files) {
    return files.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
  }

  private static byte[] bytes(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  private static String firstLine(Path file) throws IOException {
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return reader.readLine();
    }
  }
}
