package uk.inspectorate.interop.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The options of one run, resolved once: defaults applied, paths absolute.
 *
 * @param finalRun true when the outputs are published as final rather than PROVISIONAL
 * @param pseudonymKeyFile the file holding the key for respondent pseudonyms, or null
 */
public record AssessOptions(
    int year,
    Path dataDir,
    Path codeFile,
    Path outDir,
    LocalDate asOf,
    String master,
    String marking,
    boolean finalRun,
    Path pseudonymKeyFile) {

  public AssessOptions(int year, Path dataDir, Path codeFile, Path outDir, LocalDate asOf, String master,
      String marking, boolean finalRun) {
    this(year, dataDir, codeFile, outDir, asOf, master, marking, finalRun, null);
  }

  /** The same options for the year before, as at a year earlier: for change since last year. */
  public AssessOptions lastYear() {
    return new AssessOptions(year - 1, dataDir, codeFile, outDir, asOf.minusYears(1), master, marking, finalRun,
        pseudonymKeyFile);
  }

  /** The folder of the assessment year's inputs. */
  public Path yearDir() {
    return dataDir.resolve(String.valueOf(year));
  }

  public Path forcesFile() {
    return dataDir.resolve("forces.csv");
  }

  /** The default as-of date: 31 March of the assessment year, the end of the policing year. */
  public static LocalDate defaultAsOf(int year) {
    return LocalDate.of(year, 3, 31);
  }
}
