package uk.inspectorate.interop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.inspectorate.interop.ConfigurationException;
import uk.inspectorate.interop.UnusableInputException;
import uk.inspectorate.interop.pipeline.Sparks;
import uk.inspectorate.interop.publish.PublishedYears;
import uk.inspectorate.interop.publish.CsvTables;

/** {@code query}: Spark SQL over a published assessment's tables, and earlier years' as views. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Run Spark SQL over the tables published for a year: force_scores, domain_scores, "
        + "requirement_results, data_quality, lifecycle_risks, interop_pairs, interop_reach, ... Other published years are views named "
        + "<table>_<year>, e.g. force_scores_2025; every table has a year column.",
        "Prints an aligned table, or writes CSV with --csv."})
final class QueryCommand implements Callable<Integer> {
  /** Rows printed on the console; all of them go to --csv. */
  static final int CONSOLE_ROWS = 1000;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Published year to query, e.g. 2026.")
  int year;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Folder the assessments are published in (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the query from a file instead.")
  Path file;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write every row to this CSV file instead of printing.")
  Path csv;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  @Parameters(arity = "0..1", paramLabel = "SQL", description = "The query, e.g. \"SELECT * FROM force_scores\".")
  String sql;

  @Override
  public Integer call() throws Exception {
    String query = query();
    List<Integer> years = PublishedYears.years(out);
    if (!years.contains(year)) {
      throw new UnusableInputException("Cannot query " + year + ": it was never published in " + out
          + (years.isEmpty() ? " (no year is; run assess first)." : ". Published years: "
          + String.join(", ", years.stream().map(String::valueOf).toList()) + "."));
    }
    SparkSession spark = Sparks.create(master, "interop-maturity query " + year);
    List<String> views = PublishedYears.register(spark, out, year);
    Dataset<Row> result;
    try {
      result = spark.sql(query);
    } catch (Exception e) {
      // Spark's checked AnalysisException (ParseException among them) is not declared by sql()
      if (!(e instanceof AnalysisException)) {
        throw e;
      }
      throw new ConfigurationException("Cannot run the query: " + firstLines(e.getMessage())
          + System.lineSeparator() + "Tables for " + year + ": " + String.join(", ", views));
    }
    List<String> columns = List.of(result.columns());
    try {
      if (csv != null) {
        long rows = writeCsv(columns, result.toLocalIterator());
        spec.commandLine().getOut().println(rows + (rows == 1 ? " row" : " rows") + " written to " + csv);
      } else {
        List<Row> rows = result.limit(CONSOLE_ROWS + 1).collectAsList();
        print(spec.commandLine().getOut(), columns, rows.subList(0, Math.min(rows.size(), CONSOLE_ROWS)));
        if (rows.size() > CONSOLE_ROWS) {
          spec.commandLine().getOut().println("(the first " + CONSOLE_ROWS + " rows; write them all with --csv FILE)");
        }
      }
    } catch (Exception e) {
      // a query that parses but fails as it runs, e.g. raise_error() or a bad cast in ANSI mode
      if (!e.getClass().getName().startsWith("org.apache.spark")) {
        throw e;
      }
      throw new ConfigurationException("Cannot run the query: " + firstLines(String.valueOf(e.getMessage())));
    }
    return Main.OK;
  }

  private String query() throws IOException {
    if ((sql == null) == (file == null)) {
      throw new ConfigurationException("Cannot run a query: give the SQL or --file FILE, not both and not neither. "
          + "For example: query --year 2026 \"SELECT force_name, overall_score FROM force_scores ORDER BY rank\"");
    }
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new ConfigurationException("Cannot read --file " + file + ": no such file.");
      }
      return Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll(";\\s*$", "");
    }
    return sql.strip().replaceAll(";\\s*$", "");
  }

  /** Spark's message without its plan dump: the first lines that say what is wrong and where. */
  static String firstLines(String message) {
    String[] lines = message.split("\\R");
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("+-") || line.startsWith(";") || line.startsWith("'") || kept.size() == 4) {
        break;
      }
      kept.add(line);
    }
    return String.join(System.lineSeparator(), kept).strip();
  }

  private long writeCsv(List<String> columns, Iterator<Row> rows) throws IOException {
    if (csv.getParent() != null) {
      Files.createDirectories(csv.getParent());
    }
    long n = 0;
    try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      printer.printRecord(columns);
      while (rows.hasNext()) {
        Row row = rows.next();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          values.add(CsvTables.cell(value(row, i)));
        }
        printer.printRecord(values);
        n++;
      }
    }
    return n;
  }

  /** A table with a header, a rule and aligned columns: numbers to the right, text to the left. */
  static void print(PrintWriter out, List<String> columns, List<Row> rows) {
    int n = columns.size();
    List<String[]> cells = new ArrayList<>();
    boolean[] numeric = new boolean[n];
    java.util.Arrays.fill(numeric, true);
    for (Row row : rows) {
      String[] line = new String[n];
      for (int i = 0; i < n; i++) {
        Object v = value(row, i);
        line[i] = v == null ? "" : CsvTables.cell(v).replaceAll("\\R", " ");
        if (v != null && !(v instanceof Number)) {
          numeric[i] = false;
        }
      }
      cells.add(line);
    }
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      widths[i] = columns.get(i).length();
      for (String[] line : cells) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    out.println(line(columns.toArray(String[]::new), widths, numeric));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    out.println(rule);
    for (String[] line : cells) {
      out.println(line(line, widths, numeric));
    }
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
  }

  private static String line(String[] values, int[] widths, boolean[] numeric) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      text.append(i == 0 ? "" : "  ");
      String pad = " ".repeat(widths[i] - values[i].length());
      text.append(numeric[i] ? pad + values[i] : values[i] + (i == values.length - 1 ? "" : pad));
    }
    return text.toString();
  }

  /** A cell as Java: dates as LocalDate, arrays as their elements joined with spaces. */
  private static Object value(Row row, int i) {
    if (row.isNullAt(i)) {
      return null;
    }
    if (row.schema() != null && row.schema().fields()[i].dataType() instanceof org.apache.spark.sql.types.ArrayType) {
      return String.join(" ", row.getList(i).stream().map(String::valueOf).toList());
    }
    Object v = row.get(i);
    return v instanceof java.sql.Date d ? d.toLocalDate() : v;
  }
}
