package uk.inspectorate.interop.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.cli.Main;

/**
 * {@code query} over the sample publication, with a stand-in 2025 publication beside it (the
 * 2026 tables as 2025, every score 0.05 lower), and the README's five queries run as written.
 */
class QueryTest {
  private static final Path README = Path.of("../README.md").toAbsolutePath().normalize();

  @TempDir
  static Path out;

  static Path year2026;

  @BeforeAll
  static void publishTwoYears() throws IOException {
    year2026 = SamplePublication.out().resolve("2026").toRealPath();
    Files.createSymbolicLink(out.resolve("2026"), year2026);
    try (DirectoryStream<Path> tables = Files.newDirectoryStream(year2026.resolve("data"))) {
      for (Path table : tables) {
        Dataset<Row> rows = TestSpark.session().read().parquet(table.toString()).withColumn("year", lit(2025));
        if (List.of(rows.columns()).contains("overall_score")) {
          rows = rows.withColumn("overall_score", col("overall_score").minus(0.05));
        }
        Path temp = out.resolve("tmp-" + table.getFileName());
        rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(temp.toString());
        Path target = Files.createDirectories(out.resolve("2025/data").resolve(table.getFileName().toString()));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(temp, "part-*.parquet")) {
          for (Path part : parts) {
            Files.move(part, target.resolve("part-00000.parquet"));
          }
        }
      }
    }
  }

  @Test
  void theReadmesFiveQueriesAnswerOnTheSamples() throws IOException {
    List<String[]> queries = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^bin/interop query --year (\\d{4}) \"(.*)\"$").matcher(Files.readString(README));
    while (m.find()) {
      queries.add(new String[] {m.group(1), m.group(2)});
    }
    assertThat(queries).hasSize(5);
    List<String> outputs = new ArrayList<>();
    for (String[] q : queries) {
      String printed = run(0, "query", "--year", q[0], "--out", out.toString(), "--master", "local[2]", q[1]);
      assertThat(printed).as(q[1]).containsPattern("\\((\\d+) rows?\\)\\s*$").doesNotContain("(0 rows)");
      outputs.add(printed);
    }
    List<CSVRecord> forces = records("force_scores");
    CSVRecord top = forces.stream().filter(f -> f.get("rank").equals("1")).findFirst().orElseThrow();
    List<String> lines = outputs.get(0).lines().toList();
    assertThat(lines.get(0)).matches("rank\\s+force_name\\s+level_name\\s+score");
    assertThat(lines.get(2)).startsWith("   1  " + top.get("force_name"));
    // every force 0.05 better than the stand-in 2025
    assertThat(outputs.get(1)).contains("(43 rows)");
    assertThat(outputs.get(1).lines().skip(2).limit(43)).allMatch(l -> l.contains(" 0.05 "));
    long contradicted = records("requirement_results").stream().filter(r -> r.get("cross_check").equals("CONTRADICTED")).count();
    assertThat(outputs.get(3)).contains("(" + contradicted + " rows)");
  }

  @Test
  void writesEveryRowAsCsvAndReadsAQueryFromAFile(@TempDir Path work) throws IOException {
    Path sql = Files.writeString(work.resolve("q.sql"), "SELECT force_code, overall_score, maturity_level\nFROM force_scores\nORDER BY force_code;\n");
    Path csv = work.resolve("result/scores.csv");
    assertThat(run(0, "query", "--year", "2026", "--out", out.toString(), "--master", "local[2]", "--file", sql.toString(),
        "--csv", csv.toString())).contains("43 rows written to " + csv);
    List<CSVRecord> written = parse(csv);
    List<CSVRecord> published = records("force_scores").stream()
        .sorted(java.util.Comparator.comparing(r -> r.get("force_code"))).toList();
    assertThat(written).hasSize(43);
    for (int i = 0; i < 43; i++) {
      assertThat(written.get(i).get("force_code")).isEqualTo(published.get(i).get("force_code"));
      assertThat(written.get(i).get("overall_score")).isEqualTo(published.get(i).get("overall_score"));
    }
  }

  @Test
  void aBadQueryExits2WithSparksReasonAndTheTables() {
    String printed = run(2, "query", "--year", "2026", "--out", out.toString(), "--master", "local[2]",
        "SELECT force_name FROM force_score");
    assertThat(printed).contains("Cannot run the query: [TABLE_OR_VIEW_NOT_FOUND]").contains("`force_score`")
        .contains("Tables for 2026: code_requirements, data_quality, domain_scores, force_scores, interop_capabilities, interop_clusters, "
            + "interop_pairs, interop_reach, lifecycle_risks, requirement_results, code_requirements_2025, data_quality_2025")
        .doesNotContain("\tat ");
    assertThat(run(2, "query", "--year", "2026", "--out", out.toString(), "--master", "local[2]", "SELEC 1"))
        .contains("Cannot run the query: [PARSE_SYNTAX_ERROR]");
    assertThat(run(2, "query", "--year", "2026", "--out", out.toString()))
        .contains("give the SQL or --file FILE, not both and not neither");
  }

  @Test
  void aYearNeverPublishedExits1NamingThePublishedYears() {
    assertThat(run(1, "query", "--year", "2024", "--out", out.toString(), "SELECT 1"))
        .contains("Cannot query 2024: it was never published in " + out + ". Published years: 2025, 2026.");
  }

  private static String run(int expectedExit, String... args) {
    StringWriter console = new StringWriter();
    int exit = Main.run(new PrintWriter(console), new PrintWriter(console), args);
    assertThat(exit).as(console.toString()).isEqualTo(expectedExit);
    return console.toString();
  }

  private static List<CSVRecord> records(String table) throws IOException {
    return parse(year2026.resolve("csv/" + table + ".csv"));
  }

  private static List<CSVRecord> parse(Path csv) throws IOException {
    try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }
}
