package uk.inspectorate.interop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import uk.inspectorate.interop.ConfigurationException;

/** The options shared by the commands that read a year's inputs. */
final class CommonOptions {
  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Assessment year, e.g. 2026.")
  int year;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data-samples",
      description = "Data folder with forces.csv and one folder a year (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--code", paramLabel = "FILE",
      description = "Network code file (default: network-code.yaml in the data folder).")
  Path code;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--pseudonym-key", paramLabel = "FILE",
      description = "File holding the secret key for respondent pseudonyms (default: the environment variable INTEROP_PSEUDONYM_KEY, else a random key for this run).")
  Path pseudonymKey;

  Path codeFile() {
    return (code != null ? code : data.resolve("network-code.yaml")).toAbsolutePath().normalize();
  }

  /** Checks what picocli cannot: a plausible year and an existing data folder. */
  void check() {
    if (year < 2000 || year > 2100) {
      throw new ConfigurationException("Cannot use --year " + year + ": expected a four-digit assessment year such as 2026.");
    }
    if (!java.nio.file.Files.isDirectory(data)) {
      throw new ConfigurationException("Cannot use --data " + data + ": the folder does not exist. Give the folder that holds forces.csv and the year folders (default: data-samples).");
    }
  }
}
