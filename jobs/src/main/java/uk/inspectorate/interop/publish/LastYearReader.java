package uk.inspectorate.interop.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.publish.CsvTables.PublishedRow;
import uk.inspectorate.interop.results.LastYear;

/**
 * Reads last year's results back from its publication's {@code csv/} tables (small: forces x
 * requirements), by the same typed columns that wrote them, and matches its requirements to this
 * year's code.
 */
public final class LastYearReader {
  private LastYearReader() {}

  /**
   * The publication in {@code yearDir} (e.g. {@code reports/2025}), or empty when that year has
   * not been published.
   *
   * @param shownAs where the results come from, as the manifest and the outputs say it
   * @throws IOException naming the file and record when a table is missing, lacks a column or holds a value of the
   *     wrong type
   */
  public static Optional<LastYear> read(Path yearDir, int year, NetworkCode thisYear, String shownAs) throws IOException {
    Path csv = yearDir.resolve("csv");
    if (!Files.isRegularFile(csv.resolve(ResultTables.FORCE_SCORES + ".csv"))) {
      return Optional.empty();
    }
    return Optional.of(LastYear.published(year, shownAs, forces(csv), domains(csv), requirements(csv), code(csv),
        thisYear));
  }

  private static List<LastYear.ForceResult> forces(Path csv) throws IOException {
    Path file = csv.resolve(ResultTables.FORCE_SCORES + ".csv");
    List<LastYear.ForceResult> forces = new ArrayList<>();
    int record = 0;
    for (PublishedRow row : CsvTables.read(file, List.of(ResultTables.FORCE_CODE, ResultTables.OVERALL_SCORE,
        ResultTables.MATURITY_LEVEL, ResultTables.LEVEL_NAME), List.of())) {
      record++;
      forces.add(new LastYear.ForceResult(row.text(ResultTables.FORCE_CODE),
          required(row.number(ResultTables.OVERALL_SCORE), file, record, ResultTables.OVERALL_SCORE),
          required(row.integer(ResultTables.MATURITY_LEVEL), file, record, ResultTables.MATURITY_LEVEL),
          row.text(ResultTables.LEVEL_NAME)));
    }
    return forces;
  }

  private static List<LastYear.DomainResult> domains(Path csv) throws IOException {
    List<LastYear.DomainResult> domains = new ArrayList<>();
    for (PublishedRow row : CsvTables.read(csv.resolve(ResultTables.DOMAIN_SCORES + ".csv"),
        List.of(ResultTables.DOMAIN_FORCE, ResultTables.DOMAIN_ID, ResultTables.DOMAIN_SCORE), List.of())) {
      domains.add(new LastYear.DomainResult(row.text(ResultTables.DOMAIN_FORCE), row.text(ResultTables.DOMAIN_ID),
          row.number(ResultTables.DOMAIN_SCORE)));
    }
    return domains;
  }

  /** Publications made before methods were compared have no method and parameters: their methods are not known. */
  private static List<LastYear.RequirementResult> requirements(Path csv) throws IOException {
    List<LastYear.RequirementResult> requirements = new ArrayList<>();
    for (PublishedRow row : CsvTables.read(csv.resolve(ResultTables.REQUIREMENT_RESULTS + ".csv"),
        List.of(ResultTables.RESULT_FORCE, ResultTables.REQUIREMENT_ID, ResultTables.REQUIREMENT_SCORE,
            ResultTables.METHOD, ResultTables.PARAMETERS),
        List.of(ResultTables.METHOD, ResultTables.PARAMETERS))) {
      String method = row.has(ResultTables.METHOD) && row.has(ResultTables.PARAMETERS)
          ? text(row, ResultTables.METHOD) + "; " + text(row, ResultTables.PARAMETERS) : null;
      requirements.add(new LastYear.RequirementResult(row.text(ResultTables.RESULT_FORCE),
          row.text(ResultTables.REQUIREMENT_ID), row.number(ResultTables.REQUIREMENT_SCORE), method));
    }
    return requirements;
  }

  /** Last year's code, when the publication has it (those before code_requirements was published do not). */
  private static List<LastYear.CodeRequirement> code(Path csv) throws IOException {
    Path file = csv.resolve(YearTables.CODE_REQUIREMENTS + ".csv");
    List<LastYear.CodeRequirement> code = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return code;
    }
    int record = 0;
    for (PublishedRow row : CsvTables.read(file, List.of(YearTables.CODE_REQUIREMENT_ID, YearTables.CODE_DOMAIN_ID,
        YearTables.CODE_WEIGHT), List.of())) {
      record++;
      code.add(new LastYear.CodeRequirement(row.text(YearTables.CODE_REQUIREMENT_ID),
          row.text(YearTables.CODE_DOMAIN_ID), required(row.number(YearTables.CODE_WEIGHT), file, record,
              YearTables.CODE_WEIGHT)));
    }
    return code;
  }

  private static String text(PublishedRow row, Column<?> column) {
    String text = row.text(column);
    return text == null ? "" : text;
  }

  private static <T> T required(T value, Path file, int record, Column<?> column) throws IOException {
    if (value == null) {
      throw new IOException(file + " record " + record + ": " + column.name() + " is empty");
    }
    return value;
  }
}
