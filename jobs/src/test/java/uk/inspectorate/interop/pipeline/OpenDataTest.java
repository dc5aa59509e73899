package uk.inspectorate.interop.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.TestSpark;

/**
 * The open data of the sample publication read by tools other than the writer: the Parquet files
 * by DuckDB (its JDBC driver), the CSV by Commons CSV, and both give the same values; and the data
 * dictionary describes exactly the columns and types the Parquet files hold.
 */
class OpenDataTest {
  static Path year;
  static Map<String, Path> parquet = new TreeMap<>();
  static List<CSVRecord> dictionary;

  @BeforeAll
  static void findTheTables() throws IOException {
    year = SamplePublication.out().resolve("2026").toRealPath();
    try (DirectoryStream<Path> tables = Files.newDirectoryStream(year.resolve("data"))) {
      for (Path table : tables) {
        parquet.put(table.getFileName().toString(), table.resolve("part-00000.parquet"));
      }
    }
    dictionary = csv(year.resolve("csv/data-dictionary.csv"));
  }

  @Test
  void everyTableIsPublishedAsParquetAndCsvIncludingTheNetwork() {
    assertThat(parquet.keySet()).containsExactly("code_requirements", "data_quality", "domain_scores", "force_scores", "interop_capabilities",
        "interop_clusters", "interop_pairs", "interop_reach", "lifecycle_risks", "requirement_results");
    parquet.keySet().forEach(t -> assertThat(year.resolve("csv/" + t + ".csv")).isNotEmptyFile());
  }

  @Test
  void theDictionaryDescribesExactlyTheColumnsAndTypesOfEachParquetFile() {
    Map<String, String> sparkTypes = Map.of("StringType", "string", "IntegerType", "integer", "LongType", "long",
        "DoubleType", "double", "BooleanType", "boolean", "DateType", "date");
    for (String table : parquet.keySet()) {
      List<String> actual = new ArrayList<>();
      for (StructField f : TestSpark.session().read().parquet(parquet.get(table).toString()).schema().fields()) {
        actual.add(f.name() + " " + sparkTypes.get(f.dataType().toString()));
      }
      List<String> described = dictionary.stream().filter(r -> r.get("table").equals(table))
          .map(r -> r.get("column") + " " + r.get("type")).toList();
      assertThat(described).as(table).containsExactlyElementsOf(actual);
    }
    assertThat(dictionary).allSatisfy(r -> assertThat(r.get("meaning")).isNotBlank());
    CSVRecord status = dictionary.stream().filter(r -> r.get("table").equals("requirement_results")
        && r.get("column").equals("status")).findFirst().orElseThrow();
    assertThat(status.get("allowed_values")).isEqualTo("MET | PARTIAL | NOT_MET | NO_EVIDENCE | NOT_APPLICABLE");
    CSVRecord reach = dictionary.stream().filter(r -> r.get("column").equals("reach")).findFirst().orElseThrow();
    assertThat(reach.get("unit")).isEqualTo("fraction 0 to 1");
  }

  @Test
  void duckDbReadsTheParquetFilesAndGetsTheCsvValues() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      int cells = 0;
      for (Map.Entry<String, Path> table : parquet.entrySet()) {
        List<CSVRecord> rows = csv(year.resolve("csv/" + table.getKey() + ".csv"));
        try (ResultSet r = sql.executeQuery("SELECT * FROM read_parquet('" + table.getValue() + "')")) {
          ResultSetMetaData meta = r.getMetaData();
          int i = 0;
          while (r.next()) {
            CSVRecord expected = rows.get(i++);
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              compare(table.getKey() + " row " + i + " " + meta.getColumnName(c), r.getObject(c),
                  expected.get(meta.getColumnName(c)));
              cells++;
            }
          }
          assertThat(i).as(table.getKey() + " rows").isEqualTo(rows.size());
        }
      }
      assertThat(cells).isGreaterThan(50_000);
    }
  }

  @Test
  void duckDbAnswersANetworkQueryLikeTheReachTable() throws SQLException, IOException {
    String pairs = parquet.get("interop_pairs").toString();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement();
        ResultSet r = sql.executeQuery("SELECT force, capability_id, count(*) FILTER (WHERE can_exchange) AS reachable "
            + "FROM (SELECT force_a AS force, capability_id, can_exchange FROM read_parquet('" + pairs + "') "
            + "UNION ALL SELECT force_b, capability_id, can_exchange FROM read_parquet('" + pairs + "')) "
            + "GROUP BY ALL ORDER BY ALL")) {
      Map<String, String> fromDuck = new LinkedHashMap<>();
      while (r.next()) {
        fromDuck.put(r.getString(1) + " " + r.getString(2), String.valueOf(r.getLong(3)));
      }
      Map<String, String> published = new LinkedHashMap<>();
      for (CSVRecord row : csv(year.resolve("csv/interop_reach.csv"))) {
        published.put(row.get("force_code") + " " + row.get("capability_id"), row.get("reachable_forces"));
      }
      assertThat(fromDuck).hasSize(43 * 5).isEqualTo(published);
    }
  }

  private static void compare(String where, Object value, String csv) {
    if (value == null) {
      assertThat(csv).as(where).isEmpty();
    } else if (value instanceof Double d) {
      assertThat(Double.parseDouble(csv)).as(where).isCloseTo(d, within(Math.abs(d) * 1e-11 + 1e-15));
    } else if (value instanceof java.sql.Date || value instanceof java.time.LocalDate) {
      assertThat(csv).as(where).isEqualTo(value.toString());
    } else {
      String text = value.toString();
      // the CSV neutralises text a spreadsheet would take for a formula with a leading quote
      String shown = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
      assertThat(csv).as(where).isEqualTo(shown);
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }
}
