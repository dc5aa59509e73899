package uk.inspectorate.interop.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.cli.Main;

/**
 * The corpus of messy and bad inputs under {@code src/test/resources/bad-inputs/}: one file a
 * case, each run through {@code validate} on its own, each with its exact outcome. A case either
 * stops the run with exit 1 and a message, or every one of its rows is used or rejected with the
 * stated rule and reason. None may crash, and none may lose a row.
 */
class BadInputCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/bad-inputs").toAbsolutePath();
  static final Path FORCES = Path.of("../data-samples/forces.csv").toAbsolutePath();

  /**
   * One case: the file, how many data rows it has, and what must happen to them.
   *
   * @param rejects rule=count of the rows that must be rejected; the rest must be used
   * @param reason a reject reason that must appear verbatim, or the fatal message's key part
   */
  record Case(String file, int exit, long rows, Map<String, Long> rejects, String reason) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        // Inventory: accepted spellings and layouts, every row used
        used("inventory/utf8-bom.csv", 2),
        used("inventory/windows-1252.csv", 2),
        used("inventory/windows-1252-far-down.csv", 1300),
        used("inventory/semicolon-delimited.csv", 2),
        used("inventory/quoted-newline.csv", 2),
        used("inventory/header-any-order-and-aliases.csv", 2),
        used("inventory/extra-columns.csv", 2),
        used("inventory/only-required-columns.csv", 2),
        used("inventory/uk-spellings.csv", 2),
        used("inventory/thousands-separators.csv", 2),
        used("inventory/trailing-spaces.csv", 2),
        used("inventory/crlf-line-ends.csv", 2),
        used("inventory/parquet-typed-columns.parquet", 2),
        new Case("inventory/empty-file.csv", 1, 0, Map.of(),
            "/2026/inventory/ hold no rows (empty-file.csv: empty)"),
        new Case("inventory/header-only.csv", 1, 0, Map.of(),
            "/2026/inventory/ hold no rows (header-only.csv: a header only)"),
        // Inventory: row defects, rejected with the reason
        rejected("inventory/unknown-force-code.csv", 2, "unknown_force", 1, "force_code 'E23000099' is not in forces.csv"),
        rejected("inventory/duplicate-asset.csv", 3, "duplicate_asset", 1,
            "the same asset_id appears earlier for this force (first at inventory/duplicate-asset.csv record 2)"),
        rejected("inventory/impossible-date.csv", 2, "unreadable_end_of_support", 1,
            "end_of_support '31/13/2025' is not a date (yyyy-MM-dd or dd/MM/yyyy)"),
        rejected("inventory/unreadable-boolean.csv", 2, "unreadable_open_api", 1, "open_api 'maybe' is not true or false (or yes/no)"),
        rejected("inventory/unknown-asset-class.csv", 2, "invalid_asset_class", 1,
            "asset_class 'gadget' is not one of [application, device, infrastructure, service]"),
        rejected("inventory/malformed-record.csv", 2, "malformed_record", 1,
            "the record does not split into the header's columns (an unclosed quote or a wrong number of delimiters)"),
        rejected("inventory/implausible-year.csv", 2, "implausible_end_of_support", 1, "end_of_support 2206-03-31 is outside 1970-2100; check the year"),
        rejected("inventory/deployed-after-as-of.csv", 2, "deployed_after_as_of", 1,
            "deployed_on 2026-09-01 is after the as-of date 2026-03-31: the asset was not in service then"),
        rejected("inventory/empty-asset-id.csv", 2, "missing_asset_id", 1, "asset_id is empty"),
        rejected("inventory/corrected-reentry.csv", 2, "unreadable_end_of_support", 1,
            "end_of_support '2021-13-45' is not a date (yyyy-MM-dd or dd/MM/yyyy)"),
        // Inventory: whole-file defects, the run stops
        new Case("inventory/unclosed-quote.csv", 1, 0, Map.of(),
            "unclosed-quote.csv, record 4: a quoted field starts there and is never closed"),
        new Case("inventory/missing-required-column.csv", 1, 0, Map.of(),
            "missing-required-column.csv: the header has no column asset_class (required); found [force_code, asset_id, category]"),
        new Case("inventory/damaged.parquet", 1, 0, Map.of(),
            "damaged.parquet: "),
        // Returns
        used("returns/yes-no-spellings.csv", 3),
        used("returns/percent-and-likert-text.csv", 2),
        used("returns/formula-like-comment.csv", 2, "unknown_force", 1),
        rejected("returns/likert-out-of-range.csv", 2, "invalid_answer", 1, "answer '7' to Q1 is not a whole number 0-4"),
        rejected("returns/unknown-question.csv", 2, "unknown_question", 1, "question 'Q99' is not in the code bad-inputs-returns 1"),
        rejected("returns/percent-not-a-number.csv", 1, "invalid_answer", 1, "answer 'n/a' to Q3 is not a percentage 0-100"),
        rejected("returns/duplicate-answer.csv", 2, "duplicate_answer", 1,
            "the force answers this question earlier (first at returns/duplicate-answer.csv record 2)"),
        rejected("returns/workforce-question-in-return.csv", 2, "wrong_survey", 1,
            "question 'W1' belongs to the workforce survey, not this one"),
        rejected("returns/empty-answer.csv", 1, "missing_answer", 1, "answer is empty"),
        new Case("returns/choice-not-an-option.csv", 0, 2, Map.of("invalid_answer", 1L),
            "answer 'finished' to Q4 is not one of [not_started, in_progress, signed_off]"),
        // Workforce
        rejected("workforce/missing-respondent-id.csv", 2, "missing_respondent_id", 1, "respondent_id is empty"),
        rejected("workforce/force-question-in-workforce.csv", 2, "wrong_survey", 1,
            "question 'Q2' belongs to the force's survey return, not this one"));
  }

  static Case used(String file, long rows) {
    return new Case(file, 0, rows, Map.of(), null);
  }

  static Case used(String file, long rows, String rule, long count) {
    return new Case(file, 0, rows, Map.of(rule, count), null);
  }

  static Case rejected(String file, long rows, String rule, long count, String reason) {
    return new Case(file, 0, rows, Map.of(rule, count), reason);
  }

  @BeforeAll
  static void startSpark() {
    TestSpark.session();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBadInputHasItsExactOutcome(Case c, @TempDir Path dir) throws IOException {
    String input = c.file().substring(0, c.file().indexOf('/'));
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.copy(FORCES, data.resolve("forces.csv"));
    Files.copy(CORPUS.resolve("code-" + input + ".yaml"), data.resolve("network-code.yaml"));
    Path folder = Files.createDirectories(data.resolve("2026").resolve(input));
    Files.copy(CORPUS.resolve(c.file()), folder.resolve(Path.of(c.file()).getFileName()));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", "--year", "2026",
        "--data", data.toString(), "--out", dir.resolve("out").toString());

    assertThat(exit).as(err.toString()).isEqualTo(c.exit());
    assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    if (c.exit() != 0) {
      assertThat(err.toString()).contains(c.reason());
      return;
    }
    Path validation = dir.resolve("out/validation/2026");
    List<CSVRecord> quality = read(validation.resolve("data_quality.csv")).stream()
        .filter(r -> !r.get("file").isEmpty()).toList();
    long read = quality.stream().mapToLong(r -> Long.parseLong(r.get("rows_read"))).sum();
    long used = quality.stream().mapToLong(r -> Long.parseLong(r.get("rows_used"))).sum();
    long rejected = quality.stream().mapToLong(r -> Long.parseLong(r.get("rows_rejected"))).sum();
    assertThat(read).as("rows read").isEqualTo(c.rows());
    assertThat(used + rejected).as("nothing lost").isEqualTo(read);

    Path rejects = validation.resolve("rejects").resolve(input + ".csv");
    Map<String, Long> byRule = new TreeMap<>();
    List<String> reasons = new ArrayList<>();
    if (Files.exists(rejects)) {
      for (CSVRecord r : read(rejects)) {
        byRule.merge(r.get("rule"), 1L, Long::sum);
        reasons.add(r.get("reason"));
      }
    }
    assertThat(byRule).isEqualTo(new TreeMap<>(c.rejects()));
    assertThat(rejected).isEqualTo(c.rejects().values().stream().mapToLong(Long::longValue).sum());
    if (c.reason() != null) {
      assertThat(reasons).contains(c.reason());
    }
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }
}
