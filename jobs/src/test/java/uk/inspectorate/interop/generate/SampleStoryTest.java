package uk.inspectorate.interop.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.Force;

/**
 * The two sample years tell the story an inspector would expect, and carry the planted defects.
 * Generated once for the class, with the seeds the committed samples use.
 */
class SampleStoryTest {
  private static final LocalDate AS_OF_2025 = LocalDate.of(2025, 3, 31);
  private static final LocalDate AS_OF_2026 = LocalDate.of(2026, 3, 31);
  private static final Set<String> ATHENA = Set.of("E23000016", "E23000017", "E23000023", "E23000024",
      "E23000025", "E23000026", "E23000027", "E23000028", "E23000032");

  @TempDir
  static Path data;

  private static GenerationSummary summary2025;
  private static GenerationSummary summary2026;
  private static List<Map<String, String>> inventory2025;
  private static List<Map<String, String>> inventory2026;
  private static List<Map<String, String>> returns2025;
  private static List<Map<String, String>> returns2026;
  private static List<Map<String, String>> indicators2025;
  private static List<Map<String, String>> indicators2026;

  @BeforeAll
  static void generateBothYears() throws IOException {
    SampleGenerator generator = new SampleGenerator();
    summary2025 = generator.generate(data, 2025, 1, 20250331L, GeneratorFixtures.sampleCode(),
        GeneratorFixtures.forces());
    summary2026 = generator.generate(data, 2026, 1, 20260331L, GeneratorFixtures.sampleCode(),
        GeneratorFixtures.forces());
    inventory2025 = GeneratorFixtures.readInventory(data.resolve("2025/inventory"));
    inventory2026 = GeneratorFixtures.readInventory(data.resolve("2026/inventory"));
    returns2025 = GeneratorFixtures.read(data.resolve("2025/returns/returns.csv"));
    returns2026 = GeneratorFixtures.read(data.resolve("2026/returns/returns.csv"));
    indicators2025 = GeneratorFixtures.read(data.resolve("2025/indicators/national-systems.csv"));
    indicators2026 = GeneratorFixtures.read(data.resolve("2026/indicators/national-systems.csv"));
  }

  @Test
  void nationalShareOfPoleRecordsSystemsRises() {
    double before = mean(poleShare(inventory2025));
    double after = mean(poleShare(inventory2026));

    assertThat(after).isGreaterThan(before);
  }

  @Test
  void mostForcesImproveButSomeDecline() {
    Map<String, Double> before = health(inventory2025, AS_OF_2025);
    Map<String, Double> after = health(inventory2026, AS_OF_2026);

    long improved = before.keySet().stream().filter(f -> after.get(f) > before.get(f)).count();
    long declined = before.keySet().stream().filter(f -> after.get(f) < before.get(f)).count();
    assertThat(declined).isGreaterThanOrEqualTo(1);
    assertThat(improved).isGreaterThan(declined);
  }

  @Test
  void nextYearsEstateIsThisYearsEvolved() {
    Map<String, Map<String, String>> later = byAsset(inventory2026);
    List<Map<String, String>> kept = inventory2025.stream().filter(r -> later.containsKey(key(r))).toList();

    assertThat((double) kept.size() / inventory2025.size()).isGreaterThan(0.97);
    assertThat(kept).filteredOn(r -> r.get("product").equals(later.get(key(r)).get("product")))
        .allSatisfy(r -> assertThat(date(later.get(key(r)).get("deployed_on")))
            .as("deployed_on of %s", key(r)).isAfterOrEqualTo(date(r.get("deployed_on"))));
    assertThat(kept).filteredOn(r -> !r.get("version").equals(later.get(key(r)).get("version")))
        .as("upgrades between the years").hasSizeGreaterThan(100);
  }

  @Test
  void someApplicationsPassTheirEndOfSupportBetweenTheTwoAssessments() {
    Map<String, Map<String, String>> later = byAsset(inventory2026);

    List<Map<String, String>> lapsed = inventory2025.stream()
        .filter(r -> r.get("asset_class").equals("application"))
        .filter(r -> later.containsKey(key(r)))
        .filter(r -> r.get("end_of_support").equals(later.get(key(r)).get("end_of_support")))
        .filter(r -> {
          LocalDate end = date(r.get("end_of_support"));
          return end != null && end.isAfter(AS_OF_2025) && !end.isAfter(AS_OF_2026);
        })
        .toList();
    assertThat(lapsed).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void someForcesReportMoreThanTheirInventoryShows() {
    Map<String, Double> pole = poleShare(inventory2025);
    Map<String, Double> supported = share(inventory2025, r -> r.get("asset_class").equals("application"),
        r -> isSupported(r, AS_OF_2025));
    Map<String, String> q10 = answers(returns2025, "Q10");
    Map<String, String> q12 = answers(returns2025, "Q12");

    assertThat(q10.keySet()).as("forces claiming POLE everywhere while half or fewer records systems carry it")
        .filteredOn(f -> q10.get(f).equals("4") && pole.get(f) <= 0.5).isNotEmpty();
    assertThat(q12.keySet()).as("forces claiming nearly all applications supported while under 80% are")
        .filteredOn(f -> Integer.parseInt(q12.get(f)) >= 95 && supported.get(f) < 0.8).isNotEmpty();
  }

  @Test
  void consortiumForcesListEachOtherAndIsolatedForcesListNoForce() {
    assertThat(inventory2025).filteredOn(r -> r.get("force_code").equals("E23000028"))
        .filteredOn(r -> r.get("category").equals("records_management") && r.get("product").equals("Athena"))
        .singleElement()
        .satisfies(r -> assertThat(List.of(r.get("sharing_partners").split(";")))
            .containsAll(ATHENA.stream().filter(f -> !f.equals("E23000028")).toList()));
    assertThat(inventory2025).filteredOn(r -> Set.of("E23000005", "E23000008", "E23000013").contains(r.get("force_code")))
        .allSatisfy(r -> assertThat(r.get("sharing_partners")).doesNotContainPattern("[EW]\\d{8}"));
  }

  @Test
  void inventoryDefectsArePlantedOnceEachYear() {
    for (GenerationSummary summary : List.of(summary2025, summary2026)) {
      List<PlannedDefect> defects = summary.defects().stream().filter(d -> d.input() == Source.INVENTORY).toList();
      assertThat(defects).hasSize(6);
      List<Map<String, String>> rows = defects.stream()
          .map(d -> GeneratorFixtures.inventoryRowAt(summary.yearFolder().resolve(d.file()), d.line())).toList();
      String year = Integer.toString(summary.year());
      for (int i = 0; i < defects.size(); i++) {
        assertThat(rows.get(i).get("force_code")).as(defects.get(i).description()).isEqualTo(defects.get(i).forceCode());
      }
      assertThat(rows).anySatisfy(row -> assertThat(row.get("force_code")).isEqualTo("E23000099"));
      assertThat(rows).anySatisfy(row -> assertThat(row.get("asset_id")).isEmpty());
      assertThat(rows).anySatisfy(row -> assertThat(row.get("asset_class")).isEqualTo("gadget"));
      assertThat(rows).anySatisfy(row -> assertThat(row.get("end_of_support")).isEqualTo("31/13/" + year));
      assertThat(rows).anySatisfy(row -> assertThat(row.get("end_of_support")).isEqualTo("not known"));
    }
    assertThat(duplicates(inventory2025)).hasSize(1);
    assertThat(duplicates(inventory2026)).hasSize(1);
  }

  @Test
  void aDefectOnAForceWithItsOwnExportIsPlantedInTheExport() {
    assertThat(summary2026.defects())
        .filteredOn(d -> d.forceCode().equals(PlannedDefects.UNKNOWN_FORCE_CODE)).singleElement()
        .satisfies(d -> {
          assertThat(d.file()).isEqualTo("inventory/avon-and-somerset-export.csv");
          assertThat(GeneratorFixtures.inventoryRowAt(summary2026.yearFolder().resolve(d.file()), d.line()))
              .containsEntry("asset_id", "AS-000033");
        });
    assertThat(summary2025.defects()).filteredOn(d -> d.input() == Source.INVENTORY)
        .allSatisfy(d -> assertThat(d.file()).isEqualTo("inventory/inventory.csv"));
  }

  @Test
  void returnDefectsAndAMissingReturnIn2025() {
    assertThat(returns2025).extracting(r -> r.get("force_code")).doesNotContain("E23000020", "E23000038");
    assertThat(returns2026).extracting(r -> r.get("force_code")).contains("E23000020", "E23000038");
    for (List<Map<String, String>> returns : List.of(returns2025, returns2026)) {
      assertThat(returns).filteredOn(r -> r.get("question_id").equals("Q99")).hasSize(1);
      assertThat(returns).filteredOn(r -> r.get("question_id").equals("Q03") && r.get("answer").equals("n/a"))
          .hasSize(1);
      assertThat(returns).filteredOn(r -> r.get("question_id").equals("Q02") && r.get("answer").equals("7"))
          .hasSize(1);
    }
    assertThat(summary2025.defects()).filteredOn(d -> d.input() == Source.RETURNS && d.line() == 0)
        .extracting(PlannedDefect::forceCode).containsExactly("E23000020", "E23000038");
    assertThat(summary2026.defects()).filteredOn(d -> d.input() == Source.RETURNS).hasSize(3);
  }

  @Test
  void everyOtherAnswerFitsItsQuestion() {
    for (List<Map<String, String>> returns : List.of(returns2025, returns2026)) {
      assertThat(returns)
          .filteredOn(r -> !r.get("question_id").equals("Q99") && !r.get("answer").equals("n/a")
              && !(r.get("question_id").equals("Q02") && r.get("answer").equals("7")))
          .allSatisfy(r -> assertThat(r.get("answer")).as("%s %s", r.get("force_code"), r.get("question_id"))
              .matches(pattern(r.get("question_id"))));
    }
    List<Map<String, String>> workforce = GeneratorFixtures.read(data.resolve("2026/workforce/workforce.csv"));
    assertThat(workforce).allSatisfy(r -> {
      assertThat(r.get("respondent_id")).matches("EMP-\\d{6,}");
      assertThat(r.get("role")).isIn("officer", "staff", "pcso", "volunteer");
      assertThat(r.get("answer")).matches(r.get("question_id").equals("W01") ? "[0-4]" : "Yes|No");
    });
  }

  @Test
  void forcesPatchFasterNationallyAndMostImproveTheirPndDataQuality() {
    assertThat(median(indicator(indicators2026, "critical_patch_days").values()))
        .isLessThan(median(indicator(indicators2025, "critical_patch_days").values()));

    Map<String, Double> before = indicator(indicators2025, "pnd_quality_pct");
    Map<String, Double> after = indicator(indicators2026, "pnd_quality_pct");
    long improved = before.keySet().stream().filter(f -> after.get(f) > before.get(f)).count();
    long declined = before.keySet().stream().filter(f -> after.get(f) < before.get(f)).count();
    assertThat(improved).as("forces whose PND data quality improved").isGreaterThan(before.size() * 2 / 3);
    assertThat(declined).as("forces whose PND data quality fell").isGreaterThanOrEqualTo(3);
  }

  @Test
  void decliningForcesGetWorseOnTheNationalIndicators() {
    List<Force> forces = GeneratorFixtures.forces();
    List<String> declining = forces.stream().filter(f -> ForceProfile.of(f, forces).trend() < -0.04)
        .map(Force::code).toList();
    Map<String, Double> pndBefore = indicator(indicators2025, "pnd_quality_pct");
    Map<String, Double> pndAfter = indicator(indicators2026, "pnd_quality_pct");
    Map<String, Double> casesBefore = indicator(indicators2025, "digital_case_file_pct");
    Map<String, Double> casesAfter = indicator(indicators2026, "digital_case_file_pct");

    assertThat(declining).isNotEmpty().allSatisfy(force -> {
      assertThat(pndAfter.get(force)).as("pnd_quality_pct of %s", force).isLessThan(pndBefore.get(force));
      assertThat(casesAfter.get(force)).as("digital_case_file_pct of %s", force).isLessThan(casesBefore.get(force));
    });
  }

  @Test
  void strongerForcesTendToBetterNationalIndicators() {
    List<Force> forces = GeneratorFixtures.forces();
    Map<String, ForceProfile> profiles = forces.stream()
        .collect(Collectors.toMap(Force::code, f -> ForceProfile.of(f, forces)));
    for (NationalIndicators.Indicator indicator : NationalIndicators.Indicator.values()) {
      Map<String, Double> values = indicator(indicators2026, indicator.key);
      List<String> byStrength = values.keySet().stream()
          .sorted(Comparator.comparingDouble(f -> profiles.get(f).strength(indicator.domain, 2026))).toList();
      int half = byStrength.size() / 2;
      double weaker = median(byStrength.subList(0, half).stream().map(values::get).toList());
      double stronger = median(byStrength.subList(byStrength.size() - half, byStrength.size()).stream()
          .map(values::get).toList());
      if (indicator == NationalIndicators.Indicator.CRITICAL_PATCH_DAYS) {
        assertThat(stronger).as(indicator.key + ": fewer days in the stronger half").isLessThan(weaker);
      } else {
        assertThat(stronger).as(indicator.key + ": higher in the stronger half").isGreaterThan(weaker);
      }
    }
  }

  @Test
  void oneNationalIndicatorIsMissingForOneForceEachYear() {
    assertThat(indicators2025).filteredOn(r -> r.get("force_code").equals("E23000002"))
        .extracting(r -> r.get("indicator"))
        .containsExactly("pnd_quality_pct", "national_api_calls_per_officer", "digital_case_file_pct");
    assertThat(indicators2026).filteredOn(r -> r.get("force_code").equals("E23000002")).hasSize(4);
    assertThat(indicators2026).filteredOn(r -> r.get("force_code").equals("W15000004"))
        .extracting(r -> r.get("indicator"))
        .containsExactly("pnd_quality_pct", "critical_patch_days", "digital_case_file_pct");
    assertThat(summary2025.defects()).filteredOn(d -> d.input() == Source.INDICATORS)
        .extracting(PlannedDefect::forceCode).containsExactly("E23000002");
    assertThat(summary2026.defects()).filteredOn(d -> d.input() == Source.INDICATORS)
        .extracting(PlannedDefect::forceCode).containsExactly("W15000004");
  }

  private static Map<String, Double> indicator(List<Map<String, String>> indicators, String name) {
    return indicators.stream().filter(r -> r.get("indicator").equals(name))
        .collect(Collectors.toMap(r -> r.get("force_code"), r -> Double.parseDouble(r.get("value")), (a, b) -> a,
            TreeMap::new));
  }

  private static double median(Collection<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String pattern(String questionId) {
    return switch (questionId) {
      case "Q01", "Q04" -> "Yes|No";
      case "Q02", "Q10" -> "[0-4]";
      case "Q06" -> "\\d+";
      case "Q11" -> "not_started|in_progress|signed_off";
      default -> "\\d{1,2}|100";
    };
  }

  /** Per force, the mean of four inventory measures the code scores: a rough view of its estate. */
  private static Map<String, Double> health(List<Map<String, String>> inventory, LocalDate asOf) {
    Predicate<Map<String, String>> application = r -> r.get("asset_class").equals("application");
    Map<String, Double> pole = poleShare(inventory);
    Map<String, Double> supported = share(inventory, application, r -> isSupported(r, asOf));
    Map<String, Double> monitored = share(inventory,
        r -> Set.of("application", "infrastructure").contains(r.get("asset_class")),
        r -> r.get("national_links").contains("NMC"));
    Map<String, Double> open = share(inventory, application, r -> r.get("open_api").equals("true"));
    Map<String, Double> health = new TreeMap<>();
    pole.keySet().forEach(f -> health.put(f, (pole.get(f) + supported.get(f) + monitored.get(f) + open.get(f)) / 4));
    return health;
  }

  private static Map<String, Double> poleShare(List<Map<String, String>> inventory) {
    return share(inventory, r -> r.get("category").equals("records_management"),
        r -> Arrays.asList(r.get("standards").split(";")).contains("POLE"));
  }

  private static Map<String, Double> share(List<Map<String, String>> inventory, Predicate<Map<String, String>> of,
      Predicate<Map<String, String>> counted) {
    return inventory.stream()
        .filter(r -> !r.get("force_code").equals(PlannedDefects.UNKNOWN_FORCE_CODE))
        .filter(of)
        .collect(Collectors.groupingBy(r -> r.get("force_code"), TreeMap::new,
            Collectors.averagingDouble(r -> counted.test(r) ? 1 : 0)));
  }

  private static boolean isSupported(Map<String, String> row, LocalDate asOf) {
    LocalDate end = date(row.get("end_of_support"));
    return end != null && end.isAfter(asOf);
  }

  private static Map<String, String> answers(List<Map<String, String>> returns, String questionId) {
    return returns.stream().filter(r -> r.get("question_id").equals(questionId))
        .collect(Collectors.toMap(r -> r.get("force_code"), r -> r.get("answer"), (a, b) -> a, TreeMap::new));
  }

  private static Map<String, Map<String, String>> byAsset(List<Map<String, String>> inventory) {
    return inventory.stream().filter(r -> !r.get("asset_id").isEmpty())
        .collect(Collectors.toMap(SampleStoryTest::key, Function.identity(), (a, b) -> a));
  }

  private static List<String> duplicates(List<Map<String, String>> inventory) {
    return inventory.stream().filter(r -> !r.get("asset_id").isEmpty())
        .collect(Collectors.groupingBy(SampleStoryTest::key, Collectors.counting()))
        .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
  }

  private static String key(Map<String, String> row) {
    return row.get("force_code") + "/" + row.get("asset_id");
  }

  private static double mean(Map<String, Double> values) {
    return values.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
