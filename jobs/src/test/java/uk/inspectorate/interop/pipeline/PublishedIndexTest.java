package uk.inspectorate.interop.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.cli.Main;
import uk.inspectorate.interop.code.Aggregation;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Source;

/**
 * A code that reads only the {@code indicators} source, scores by goalposts (with the log10
 * transform and capping), weights everything equally and aggregates domains geometrically
 * reproduces a published composite index from its raw indicators: the UNDP Human Development Index
 * (HDI) of eleven countries, from low (Niger, 0.394) to very high (Switzerland, 0.967).
 *
 * <p>Source of the numbers: UNDP Human Development Report Office, Human Development Report
 * 2023/2024, data file {@code HDR23-24_Composite_indices_complete_time_series.csv}, data year 2022
 * (columns {@code le_2022}, {@code eys_2022}, {@code mys_2022}, {@code gnipc_2022} as inputs;
 * {@code hdi_2022}, {@code hdi_rank_2022} and {@code hdicode} as the published results). The
 * method is the report's technical notes. The code, the inputs and the published values are in
 * {@code src/test/resources/indices/hdi/}; the code file and {@code published.csv} give the source
 * in their header comments.
 *
 * <p>The countries include the caps: Australia, Ireland and Norway have expected years of schooling
 * above 18, and Ireland and Qatar have GNI per capita above 75,000.
 */
class PublishedIndexTest {
  static final Path HDI = Path.of("src/test/resources/indices/hdi").toAbsolutePath().normalize();

  /**
   * How far an overall score may be from the published HDI. The report publishes the HDI rounded to
   * three decimals but computes it from unrounded indicators, and the data file gives those
   * indicators unrounded (life expectancy to three decimals), so the score differs from the
   * published value by the rounding alone: at most half a unit in the third decimal, 0.0005. The
   * 0.00001 above that allows for life expectancy given to 0.001 years, which moves the health index
   * by at most 0.0005 / 65 and the HDI by less than 0.000003.
   */
  static final double PUBLISHED_ROUNDING = 0.0005 + 0.00001;

  /** Indices computed here by the technical notes' formulas agree with the engine's to float noise. */
  static final double ARITHMETIC_NOISE = 1e-12;

  @TempDir
  static Path out;

  static Map<String, Published> published;
  static Map<String, Map<String, Double>> indicators;
  static Map<String, Row> forceScores;
  static Map<String, Row> domainScores;
  static Map<String, Row> requirementResults;

  /** One country's published HDI, rank and development group. */
  record Published(String forceCode, String iso3, String country, double hdi, int rank, String group) {}

  @BeforeAll
  static void assessTheCountriesAgainstTheHdiCode() throws IOException {
    published = readPublished(HDI.resolve("published.csv"));
    indicators = readIndicators(HDI.resolve("data/2022/indicators/hdi.csv"));
    TestSpark.session();
    StringWriter console = new StringWriter();
    int exit = Main.run(new PrintWriter(console), new PrintWriter(console),
        "assess", "--year", "2022", "--data", HDI.resolve("data").toString(),
        "--code", HDI.resolve("hdi.yaml").toString(), "--out", out.toString(), "--master", "local[2]");
    assertThat(exit).as(console.toString()).isZero();
    forceScores = byKey(read("force_scores"), "force_code");
    domainScores = byKey(read("domain_scores"), "force_code", "domain_id");
    requirementResults = byKey(read("requirement_results"), "force_code", "requirement_id");
  }

  @Test
  void theCodeNeedsOnlyTheIndicatorsInput() throws Exception {
    NetworkCode code = CodeLoader.load(HDI.resolve("hdi.yaml"));
    assertThat(code.sourcesUsed()).containsExactly(Source.INDICATORS);
    assertThat(code.aggregation()).isEqualTo(Aggregation.GEOMETRIC);
    try (var inputs = Files.list(HDI.resolve("data/2022"))) {
      assertThat(inputs.map(p -> p.getFileName().toString())).containsExactly("indicators");
    }
  }

  @Test
  void eachOverallScoreIsThePublishedHdi() {
    assertThat(forceScores.keySet()).containsExactlyInAnyOrderElementsOf(published.keySet());
    for (Published country : published.values()) {
      double score = forceScores.get(country.forceCode()).<Double>getAs("overall_score");
      assertThat(score).as(country.country()).isCloseTo(country.hdi(), within(PUBLISHED_ROUNDING));
      assertThat(BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).doubleValue())
          .as(country.country() + " rounded as the report rounds").isEqualTo(country.hdi());
    }
  }

  @Test
  void eachDomainScoreIsTheDimensionIndexOfTheTechnicalNotes() {
    // The data file publishes no dimension indices, so they are computed here from the same
    // indicators by the technical notes' formulas, income with the natural log as the notes write it.
    for (Published country : published.values()) {
      Map<String, Double> x = indicators.get(country.forceCode());
      double health = capped((x.get("le") - 20) / (85 - 20));
      double education = (capped(x.get("eys") / 18) + capped(x.get("mys") / 15)) / 2;
      double income = capped((Math.log(x.get("gnipc")) - Math.log(100)) / (Math.log(75_000) - Math.log(100)));
      String name = country.country();
      assertThat(domainScore(country, "HEALTH")).as(name + " health").isCloseTo(health, within(ARITHMETIC_NOISE));
      assertThat(domainScore(country, "EDUCATION")).as(name + " education")
          .isCloseTo(education, within(ARITHMETIC_NOISE));
      assertThat(domainScore(country, "INCOME")).as(name + " income").isCloseTo(income, within(ARITHMETIC_NOISE));
      assertThat(forceScores.get(country.forceCode()).<Double>getAs("overall_score")).as(name + " geometric mean")
          .isCloseTo(Math.cbrt(health * education * income), within(ARITHMETIC_NOISE));
    }
  }

  @Test
  void expectedSchoolingAbove18AndIncomeAbove75000ScoreExactly1() {
    List<String> aboveEighteenYears = published.values().stream()
        .filter(c -> indicators.get(c.forceCode()).get("eys") > 18).map(Published::iso3).toList();
    List<String> aboveTopIncome = published.values().stream()
        .filter(c -> indicators.get(c.forceCode()).get("gnipc") > 75_000).map(Published::iso3).toList();
    assertThat(aboveEighteenYears).containsExactlyInAnyOrder("AUS", "IRL", "NOR");
    assertThat(aboveTopIncome).containsExactlyInAnyOrder("IRL", "QAT");
    for (Published country : published.values()) {
      Row eys = requirementResults.get(country.forceCode() + "|EYS");
      Row income = requirementResults.get(country.forceCode() + "|GNIPC");
      if (aboveEighteenYears.contains(country.iso3())) {
        assertThat(eys.<Double>getAs("measure_value")).as(country.country()).isGreaterThan(18.0);
        assertThat(eys.<Double>getAs("score")).as(country.country() + " expected years of schooling").isEqualTo(1.0);
        assertThat(eys.<String>getAs("status")).isEqualTo("MET");
      } else {
        assertThat(eys.<Double>getAs("score")).as(country.country() + " expected years of schooling").isLessThan(1.0);
      }
      if (aboveTopIncome.contains(country.iso3())) {
        assertThat(income.<Double>getAs("measure_value")).as(country.country()).isGreaterThan(75_000.0);
        assertThat(income.<Double>getAs("score")).as(country.country() + " income").isEqualTo(1.0);
        assertThat(domainScore(country, "INCOME")).as(country.country() + " income index").isEqualTo(1.0);
      } else {
        assertThat(income.<Double>getAs("score")).as(country.country() + " income").isLessThan(1.0);
      }
    }
  }

  @Test
  void levelsAreTheReportsDevelopmentGroupsAndRanksFollowItsRanks() {
    for (Published country : published.values()) {
      assertThat(forceScores.get(country.forceCode()).<String>getAs("level_name")).as(country.country())
          .isEqualTo(country.group());
    }
    List<String> byPublishedRank = published.values().stream().sorted(Comparator.comparingInt(Published::rank))
        .map(Published::forceCode).toList();
    List<String> byScoredRank = forceScores.values().stream()
        .sorted(Comparator.comparingInt(r -> r.<Integer>getAs("rank")))
        .map(r -> r.<String>getAs("force_code")).toList();
    assertThat(byScoredRank).isEqualTo(byPublishedRank);
  }

  private static double domainScore(Published country, String domain) {
    return domainScores.get(country.forceCode() + "|" + domain).<Double>getAs("score");
  }

  private static double capped(double x) {
    return Math.max(0, Math.min(1, x));
  }

  private static List<Row> read(String table) {
    return TestSpark.session().read().parquet(out.resolve("2022/data").resolve(table).toString()).collectAsList();
  }

  private static Map<String, Row> byKey(List<Row> rows, String... columns) {
    Map<String, Row> keyed = new LinkedHashMap<>();
    for (Row row : rows) {
      String key = Arrays.stream(columns).map(c -> row.<String>getAs(c)).collect(Collectors.joining("|"));
      assertThat(keyed.put(key, row)).as("one row for " + key).isNull();
    }
    return keyed;
  }

  private static Map<String, Published> readPublished(Path file) throws IOException {
    Map<String, Published> countries = new LinkedHashMap<>();
    for (CSVRecord r : records(file)) {
      countries.put(r.get("force_code"), new Published(r.get("force_code"), r.get("iso3"), r.get("country"),
          Double.parseDouble(r.get("hdi")), Integer.parseInt(r.get("hdi_rank")), r.get("group")));
    }
    return countries;
  }

  private static Map<String, Map<String, Double>> readIndicators(Path file) throws IOException {
    Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    for (CSVRecord r : records(file)) {
      values.computeIfAbsent(r.get("force_code"), k -> new LinkedHashMap<>())
          .put(r.get("indicator"), Double.parseDouble(r.get("value")));
    }
    return values;
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
        .get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      return parser.getRecords();
    }
  }
}
