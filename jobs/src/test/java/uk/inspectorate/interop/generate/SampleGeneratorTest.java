package uk.inspectorate.interop.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.Charset;
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

    for (String inventory : List.of("inventory.csv", "kent-export.csv", "avon-and-somerset-export.csv")) {
      assertThat(bytes(temp.resolve("b/2025/inventory/" + inventory)))
          .isEqualTo(bytes(temp.resolve("a/2025/inventory/" + inventory)));
    }
    assertThat(bytes(temp.resolve("b/2025/returns/returns.csv")))
        .isNotEqualTo(bytes(temp.resolve("a/2025/returns/returns.csv")));
    assertThat(bytes(temp.resolve("b/2025/workforce/workforce.csv")))
        .isNotEqualTo(bytes(temp.resolve("a/2025/workforce/workforce.csv")));
  }

  @Test
  void seedMovesTheNationalIndicatorsOnlyByTheirYearlyNoise() throws IOException {
    generate(temp.resolve("a"), 2025, 1, 1L);
    generate(temp.resolve("b"), 2025, 1, 2L);
    Map<String, Double> first = indicatorValues(temp.resolve("a/2025"), "pnd_quality_pct");
    Map<String, Double> second = indicatorValues(temp.resolve("b/2025"), "pnd_quality_pct");

    assertThat(bytes(temp.resolve("b/2025/indicators/national-systems.csv")))
        .isNotEqualTo(bytes(temp.resolve("a/2025/indicators/national-systems.csv")));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    assertThat(first).allSatisfy((force, value) ->
        assertThat(second.get(force)).as(force).isCloseTo(value, within(3.5)));
  }

  @Test
  void writesTheFourInputsWithTheirContractHeaders() throws IOException {
    GenerationSummary summary = generate(temp, 2025, 1, 20250331L);

    assertThat(relative(temp, summary.files())).containsExactly(
        "2025/inventory/inventory.csv", "2025/inventory/kent-export.csv",
        "2025/inventory/avon-and-somerset-export.csv", "2025/returns/returns.csv", "2025/workforce/workforce.csv",
        "2025/indicators/national-systems.csv");
    assertThat(firstLine(temp.resolve("2025/inventory/inventory.csv"))).isEqualTo(
        "force_code,asset_id,asset_class,category,vendor,product,version,deployed_on,end_of_support,hosting,"
            + "standards,national_links,sharing_partners,open_api,sso,accreditation,users,annual_cost_gbp");
    assertThat(firstLine(temp.resolve("2025/returns/returns.csv")))
        .isEqualTo("force_code,question_id,answer,comment,respondent_role,submitted_on");
    assertThat(firstLine(temp.resolve("2025/workforce/workforce.csv")))
        .isEqualTo("force_code,respondent_id,role,question_id,answer,submitted_on");
    assertThat(firstLine(temp.resolve("2025/indicators/national-systems.csv")))
        .isEqualTo("force_code,indicator,value");
  }

  @Test
  void avonAndSomersetSendsAWindowsExportWithSemicolons() throws IOException {
    generate(temp, 2026, 1, 20260331L);
    Path export = temp.resolve("2026/inventory/avon-and-somerset-export.csv");
    byte[] bytes = Files.readAllBytes(export);
    String text = new String(bytes, Charset.forName("windows-1252"));

    assertThat(GeneratorFixtures.layout(export).describe()).isEqualTo("windows-1252, ';'-delimited");
    assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 'A');
    assertThat(text).startsWith("Asset Ref;Force;Class;Category;Supplier;System;Version;Go Live;End of Life;Hosted;"
        + "Standards;National Services;Partners;API;Single Sign On;Accreditations;User Count;Annual Cost;Notes\r\n");
    assertThat(text.split("\r\n")).as("every line ends CRLF").hasSize((int) text.chars().filter(c -> c == '\n').count());
    assertThat(text).contains(";Géré par le fournisseur\r\n", ";Café system – canteen tills share the server\r\n",
        ";\"Renewal due; budget £40,000 approved\"\r\n");
    List<String> rows = text.lines().skip(1).toList();
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row)
        .matches("(AS-\\d{6})?;E23000(036|099);.*;\\d{2}/\\d{2}/\\d{4};.*;(Yes|No);(Yes|No);.*;[\\d,]+;£[\\d,]+;.*"));
    assertThat(rows).anySatisfy(row -> assertThat(row).contains(";\"POLE;"));
  }

  @Test
  void kentSendsAUtf8ExportWithAByteOrderMarkAndLineBreaksInOwner() throws IOException {
    generate(temp, 2026, 1, 20260331L);
    Path export = temp.resolve("2026/inventory/kent-export.csv");
    String text = Files.readString(export, StandardCharsets.UTF_8);

    assertThat(GeneratorFixtures.layout(export).describe()).isEqualTo("UTF-8 with BOM, ','-delimited");
    assertThat(text).startsWith("\uFEFFasset_id,force_code,category,asset_class,product,Owner,vendor,version,hosting,"
        + "deployed_on,end_of_support,users,annual_cost_gbp,open_api,sso,standards,national_links,sharing_partners,"
        + "accreditation\n");
    assertThat(text).contains(",\"Force Control Room\n(Contact Management)\",",
        ",\"Digital Evidence Unit\n(Criminal Justice)\",");
    List<Map<String, String>> rows = GeneratorFixtures.read(export);
    assertThat(rows).isNotEmpty().allSatisfy(row -> {
      assertThat(row.get("force_code")).isEqualTo("E23000032");
      assertThat(row.get("open_api")).isIn("TRUE", "FALSE");
      assertThat(row.get("sso")).isIn("TRUE", "FALSE");
      assertThat(row.get("deployed_on")).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(row.get("Owner")).isNotEmpty();
    });
    assertThat(rows).filteredOn(row -> row.get("Owner").contains("\n")).hasSize(2);
  }

  @Test
  void theExportsHoldTheRowsTheMainFileWouldOtherwiseHave() throws IOException {
    GenerationSummary plain = new SampleGenerator(SampleGenerator.MAX_ROWS_PER_FILE, List.of())
        .generate(temp.resolve("plain"), 2026, 1, 20260331L, CODE, FORCES);
    GenerationSummary messy = generate(temp.resolve("messy"), 2026, 1, 20260331L);

    List<Map<String, String>> main = GeneratorFixtures.read(temp.resolve("messy/2026/inventory/inventory.csv"));
    assertThat(main).extracting(r -> r.get("force_code")).doesNotContain("E23000032", "E23000036");
    assertThat(sorted(GeneratorFixtures.readInventory(temp.resolve("messy/2026/inventory"))))
        .isEqualTo(sorted(GeneratorFixtures.read(temp.resolve("plain/2026/inventory/inventory.csv"))));
    assertThat(messy.rows()).isEqualTo(plain.rows());
    assertThat(messy.defects()).extracting(PlannedDefect::description)
        .isEqualTo(plain.defects().stream().map(PlannedDefect::description).toList());
    assertThat(relative(temp.resolve("plain"), plain.files())).containsExactly(
        "2026/inventory/inventory.csv", "2026/returns/returns.csv", "2026/workforce/workforce.csv",
        "2026/indicators/national-systems.csv");
  }

  @Test
  void anExportIsOnlyWrittenForAForceInTheRegistry() throws IOException {
    generate(temp, 2026, 1, 7L);
    List<Force> withoutKent = FORCES.stream().filter(f -> !f.code().equals("E23000032")).toList();

    GenerationSummary summary = new SampleGenerator().generate(temp, 2026, 1, 7L, CODE, withoutKent);

    assertThat(temp.resolve("2026/inventory/kent-export.csv")).doesNotExist();
    assertThat(relative(temp, summary.files())).contains("2026/inventory/avon-and-somerset-export.csv")
        .doesNotContain("2026/inventory/kent-export.csv");
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
    Map<String, Long> perForce = GeneratorFixtures.readInventory(temp.resolve("2025/inventory")).stream()
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
        .contains("2025/inventory/inventory-001.csv", "2025/workforce/workforce-001.csv")
        .contains("2025/inventory/kent-export.csv", "2025/inventory/avon-and-somerset-export.csv");
    assertThat(GeneratorFixtures.readInventoryFile(temp.resolve("three/2025/inventory/kent-export.csv")).size())
        .as("an export grows with the scale, in one file")
        .isGreaterThan(2 * GeneratorFixtures.readInventoryFile(temp.resolve("one/2025/inventory/kent-export.csv")).size());
  }

  @Test
  void splitFilesEachHaveAHeaderAndAtMostTheLimitButExportsAreNeverSplit() throws IOException {
    GenerationSummary summary = new SampleGenerator(200)
        .generate(temp, 2025, 3, 7L, CODE, FORCES);
    List<Path> parts = summary.files().stream()
        .filter(f -> f.getFileName().toString().startsWith("inventory-")).toList();

    assertThat(parts).extracting(p -> p.getFileName().toString())
        .startsWith("inventory-001.csv", "inventory-002.csv", "inventory-003.csv");
    long total = 0;
    for (Path part : parts) {
      List<Map<String, String>> rows = GeneratorFixtures.read(part);
      assertThat(firstLine(part)).startsWith("force_code,asset_id,");
      assertThat(rows.size()).isLessThanOrEqualTo(200);
      total += rows.size();
    }
    for (String export : List.of("kent-export.csv", "avon-and-somerset-export.csv")) {
      int rows = GeneratorFixtures.readInventoryFile(temp.resolve("2025/inventory/" + export)).size();
      assertThat(rows).as(export).isGreaterThan(200);
      total += rows;
    }
    assertThat(total).isEqualTo(summary.rows(Source.INVENTORY));
    assertThat(relative(temp, summary.files())).filteredOn(f -> f.endsWith("-export.csv"))
        .containsExactly("2025/inventory/kent-export.csv", "2025/inventory/avon-and-somerset-export.csv");
  }

  @Test
  void rerunAtAnotherScaleLeavesNoStaleParts() throws IOException {
    generate(temp, 2025, 2, 7L);
    Files.writeString(temp.resolve("2025/inventory/notes.txt"), "kept");

    generate(temp, 2025, 1, 7L);

    try (Stream<Path> files = Files.list(temp.resolve("2025/inventory"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("avon-and-somerset-export.csv", "inventory.csv", "kent-export.csv", "notes.txt");
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

    assertThat(summary.describe()).hasSize(4 + summary.defects().size());
    assertThat(summary.describe().get(0)).matches("generate inventory 2025: \\d,\\d{3} rows in 3 file\\(s\\)");
    assertThat(summary.describe()).contains(
        "generate indicators 2025: 171 rows in 1 file(s)",
        "  planted defect, returns/returns.csv, force E23000020: no survey return at all from Lincolnshire Police",
        "  planted defect, indicators/national-systems.csv, force E23000002: no critical_patch_days for Cumbria "
            + "Constabulary: patch data was not collected, as the force's servers were not yet enrolled in the "
            + "national vulnerability service");
  }

  @Test
  void nationalIndicatorsHaveEveryForceAndIndicatorButThePlannedGaps() throws IOException {
    for (int year : List.of(2025, 2026)) {
      GenerationSummary summary = generate(temp, year, 1, SampleGenerator.defaultSeed(year));
      List<Map<String, String>> rows = GeneratorFixtures.read(temp.resolve(year + "/indicators/national-systems.csv"));
      List<PlannedDefects.IndicatorGap> gaps =
          PlannedDefects.INDICATOR_GAPS.stream().filter(g -> g.year() == year).toList();

      assertThat(gaps).as("gaps planned for %d", year).hasSize(1);
      assertThat(rows).hasSize(43 * 4 - gaps.size());
      assertThat(summary.rows(Source.INDICATORS)).isEqualTo(rows.size());
      assertThat(rows).extracting(r -> r.get("force_code") + " " + r.get("indicator"))
          .doesNotHaveDuplicates()
          .doesNotContainAnyElementsOf(gaps.stream().map(g -> g.forceCode() + " " + g.indicator().key).toList());
      Map<String, Long> perIndicator = rows.stream()
          .collect(Collectors.groupingBy(r -> r.get("indicator"), Collectors.counting()));
      for (NationalIndicators.Indicator indicator : NationalIndicators.Indicator.values()) {
        long missing = gaps.stream().filter(g -> g.indicator() == indicator).count();
        assertThat(perIndicator.get(indicator.key)).as("%s %d", indicator.key, year).isEqualTo(43 - missing);
      }
      assertThat(summary.defects()).filteredOn(d -> d.input() == Source.INDICATORS)
          .extracting(PlannedDefect::forceCode, PlannedDefect::file, PlannedDefect::line)
          .containsExactlyElementsOf(gaps.stream()
              .map(g -> tuple(g.forceCode(), "indicators/national-systems.csv", 0L))
              .toList());
    }
  }

  @Test
  void nationalIndicatorValuesArePlainAndWithinTheirRanges() throws IOException {
    for (int year : List.of(2025, 2026)) {
      generate(temp, year, 1, SampleGenerator.defaultSeed(year));
      List<Map<String, String>> rows = GeneratorFixtures.read(temp.resolve(year + "/indicators/national-systems.csv"));

      assertThat(rows).allSatisfy(row -> {
        String value = row.get("value");
        String what = row.get("force_code") + " " + row.get("indicator") + " " + year;
        switch (row.get("indicator")) {
          case "pnd_quality_pct" -> {
            assertThat(value).as(what).matches("\\d{2}\\.\\d");
            assertThat(Double.parseDouble(value)).as(what).isBetween(70.0, 99.5);
          }
          case "critical_patch_days" -> {
            assertThat(value).as(what).matches("\\d{1,3}");
            assertThat(Integer.parseInt(value)).as(what).isBetween(3, 120);
          }
          case "national_api_calls_per_officer" -> {
            assertThat(value).as(what).matches("\\d{1,3}\\.\\d{2}");
            assertThat(Double.parseDouble(value)).as(what).isBetween(0.5, 800.0);
          }
          case "digital_case_file_pct" -> {
            assertThat(value).as(what).matches("\\d{2,3}\\.\\d");
            assertThat(Double.parseDouble(value)).as(what).isBetween(40.0, 100.0);
          }
          default -> throw new AssertionError("unexpected indicator in " + what);
        }
      });
      List<Double> calls = indicatorValues(temp.resolve(Integer.toString(year)), "national_api_calls_per_officer")
          .values().stream().sorted().toList();
      assertThat(calls.get(calls.size() - 1) / calls.get(0)).as("API calls span orders of magnitude")
          .isGreaterThan(100);
      List<Integer> days = indicatorValues(temp.resolve(Integer.toString(year)), "critical_patch_days")
          .values().stream().map(Double::intValue).toList();
      assertThat(days).as("most forces patch in 7 to 45 days")
          .filteredOn(d -> d >= 7 && d <= 45).hasSizeGreaterThan(days.size() * 3 / 4);
    }
  }

  @Test
  void nationalIndicatorsAreTheSameAtEveryScaleAndLeaveOtherIndicatorFilesAlone() throws IOException {
    generate(temp.resolve("one"), 2026, 1, 7L);
    Files.createDirectories(temp.resolve("three/2026/indicators"));
    Files.writeString(temp.resolve("three/2026/indicators/force-kpis.csv"), "force_code,indicator,value");

    generate(temp.resolve("three"), 2026, 3, 7L);

    assertThat(bytes(temp.resolve("three/2026/indicators/national-systems.csv")))
        .isEqualTo(bytes(temp.resolve("one/2026/indicators/national-systems.csv")));
    assertThat(temp.resolve("three/2026/indicators/force-kpis.csv")).hasContent("force_code,indicator,value");
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

  /** One indicator's values by force code, from a year folder's national-systems.csv. */
  private static Map<String, Double> indicatorValues(Path yearFolder, String indicator) {
    return GeneratorFixtures.read(yearFolder.resolve("indicators/national-systems.csv")).stream()
        .filter(r -> r.get("indicator").equals(indicator))
        .collect(Collectors.toMap(r -> r.get("force_code"), r -> Double.parseDouble(r.get("value"))));
  }

  private static List<String> sorted(List<Map<String, String>> rows) {
    return rows.stream().map(r -> Asset.HEADER.stream().map(r::get).toList().toString()).sorted().toList();
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
