package uk.inspectorate.interop.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import uk.inspectorate.interop.ingest.Force;

/** The sample code's questions and the committed force registry, built without the loaders. */
final class GeneratorFixtures {
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

  /** Every row of every CSV file of an input folder, files in name order. */
  static List<Map<String, String>> readAll(Path folder) {
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted()
          .flatMap(f -> read(f).stream()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
