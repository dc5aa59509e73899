package uk.inspectorate.interop.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.inspectorate.interop.code.Aggregation;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Evidence;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.MissingPolicy;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.ScoringMethod;
import uk.inspectorate.interop.code.ScoringRule;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.CsvLayout;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.ingest.InputSpec;

/** The sample code's questions and the committed force registry, built without the loaders. */
final class GeneratorFixtures {
  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private GeneratorFixtures() {}

  /** The questions of data-samples/network-code.yaml, with the requirements that read some of them. */
  static NetworkCode sampleCode() {
    List<Question> questions = List.of(
        question("Q01", QuestionType.YES_NO),
        question("Q02", QuestionType.LIKERT_0_4),
        question("Q03", QuestionType.PERCENT),
        question("Q04", QuestionType.YES_NO),
        question("Q05", QuestionType.PERCENT),
        question("Q06", QuestionType.NUMBER),
        question("Q07", QuestionType.PERCENT),
        question("Q08", QuestionType.PERCENT),
        question("Q09", QuestionType.PERCENT),
        question("Q10", QuestionType.LIKERT_0_4),
        new Question("Q11", "NEP productivity sign-off", QuestionType.CHOICE,
            List.of("not_started", "in_progress", "signed_off")),
        question("Q12", QuestionType.PERCENT),
        question("W01", QuestionType.LIKERT_0_4),
        question("W02", QuestionType.YES_NO));
    ScoringRule threshold = new ScoringRule(ScoringMethod.THRESHOLD, 0.9, 0.5, null, null, false, false);
    ScoringRule daysToPatch = new ScoringRule(ScoringMethod.GOALPOSTS, null, null, 7.0, 60.0, false, true);
    List<Domain> domains = List.of(
        new Domain("DAT", "Data standards", 1, List.of(
            requirement("DAT-01", "DAT", Source.INVENTORY, "category = 'records_management'", threshold, "Q10"))),
        new Domain("INF", "Infrastructure", 1, List.of(
            requirement("INF-01", "INF", Source.INVENTORY, "asset_class = 'application'", threshold, "Q12"))),
        new Domain("SEC", "Security", 1, List.of(
            requirement("SEC-03", "SEC", Source.RETURNS, "question_id = 'Q06'", daysToPatch, null))),
        new Domain("PPL", "People", 1, List.of(
            requirement("PPL-01", "PPL", Source.WORKFORCE, "question_id = 'W01'", threshold, null))));
    return new NetworkCode("police-ict-network-code", "1.0-test", "Sample questions", Aggregation.ARITHMETIC,
        List.of(new Level(1, "Initial", 0, null)), questions, domains);
  }

  /** The 43 forces of data-samples/forces.csv. */
  static List<Force> forces() {
    Path file = Files.exists(Path.of("../data-samples/forces.csv"))
        ? Path.of("../data-samples/forces.csv") : Path.of("data-samples/forces.csv");
    List<Force> forces = new ArrayList<>();
    for (Map<String, String> row : read(file)) {
      String population = row.get("population");
      forces.add(new Force(row.get("force_code"), row.get("name"), row.get("short_name"), row.get("slug"),
          row.get("country"), row.get("region"), row.get("force_type"), row.get("peer_group"),
          Double.parseDouble(row.get("officers_fte")), population.isEmpty() ? null : Long.valueOf(population)));
    }
    return forces;
  }

  /** Every row of a CSV file with a header, as column to value. */
  static List<Map<String, String>> read(Path file) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toMap());
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every inventory row of every CSV file of an inventory folder, files in name order, each file
   * read as the pipeline's reader reads it: its sniffed encoding and delimiter, its header matched
   * by name and alias, extra columns left out. Values come back in the contract's spellings
   * (ISO dates, {@code true}/{@code false}, plain whole numbers), so a force's own export can be
   * compared with the main file; a value in no known spelling is kept as written.
   */
  static List<Map<String, String>> readInventory(Path folder) {
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted()
          .flatMap(f -> readInventoryFile(f).stream()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of one inventory file, read as {@link #readInventory} reads them. */
  static List<Map<String, String>> readInventoryFile(Path file) {
    return readInventoryFrom(file, 1);
  }

  /** The inventory row that starts on physical line {@code line} of a file (the header is line 1). */
  static Map<String, String> inventoryRowAt(Path file, long line) {
    List<Map<String, String>> rows = readInventoryFrom(file, line);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(file + " has no row at line " + line);
    }
    return rows.get(0);
  }

  /** The layout the pipeline's reader would see in a file. */
  static CsvLayout layout(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return CsvLayout.sniff(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows from the record starting on physical line {@code from} (1 for all of them) to the end. */
  private static List<Map<String, String>> readInventoryFrom(Path file, long from) {
    CsvLayout layout = layout(file);
    List<String> header = layout.header().stream()
        .map(h -> InputSpec.INVENTORY.canonical(CsvLayout.normalise(h))).toList();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(layout.delimiter()).get();
    try (BufferedReader reader = Files.newBufferedReader(file, layout.charset())) {
      if (layout.bom()) {
        reader.skip(1);
      }
      for (long line = 1; line < Math.max(from, 2); line++) {
        reader.readLine();
      }
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : CSVParser.parse(reader, format)) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          if (header.get(i) != null) {
            row.put(header.get(i), contractSpelling(header.get(i), record.get(i)));
          }
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contractSpelling(String column, String value) {
    return switch (column) {
      case "deployed_on", "end_of_support" -> value.matches("\\d{2}/\\d{2}/\\d{4}") && isDate(value)
          ? LocalDate.parse(value, UK_DATE).toString() : value;
      case "open_api", "sso" -> switch (value.toLowerCase(Locale.ROOT)) {
        case "yes", "true" -> "true";
        case "no", "false" -> "false";
        default -> value;
      };
      case "users", "annual_cost_gbp" -> value.matches("£?\\d{1,3}(,\\d{3})*") ? value.replaceAll("[£,]", "") : value;
      default -> value;
    };
  }

  private static boolean isDate(String ukDate) {
    try {
      LocalDate.parse(ukDate, UK_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Question question(String id, QuestionType type) {
    return new Question(id, "Question " + id, type, List.of(),
        id.startsWith("W") ? Question.Audience.WORKFORCE : Question.Audience.FORCE);
  }

  private static Requirement requirement(String id, String domain, Source source, String where, ScoringRule rule,
      String crossCheck) {
    return new Requirement(id, id, domain, 1, new Evidence(source, where, "max(value)"), rule, MissingPolicy.NOT_MET,
        crossCheck, List.of());
  }
}
