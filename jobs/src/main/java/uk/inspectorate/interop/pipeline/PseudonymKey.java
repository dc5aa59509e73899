package uk.inspectorate.interop.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import uk.inspectorate.interop.ConfigurationException;

/**
 * The key for respondent pseudonyms: from {@code --pseudonym-key FILE}, else from the environment
 * variable {@value #ENV}, so that the same respondent keeps one pseudonym across runs; otherwise a
 * fresh random key for the run, one for every year it reads. Never written anywhere.
 */
final class PseudonymKey {
  /** The name of the environment variable holding the key. */
  static final String ENV = "INTEROP_PSEUDONYM_KEY";
  private static final int SHORTEST = 16;

  private PseudonymKey() {}

  static byte[] resolve(AssessOptions options, String fromEnvironment, Progress progress) {
    byte[] key;
    String from;
    if (options.pseudonymKeyFile() != null) {
      try {
        key = Files.readString(options.pseudonymKeyFile()).strip().getBytes(StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ConfigurationException("Cannot use --pseudonym-key " + options.pseudonymKeyFile()
            + ": the file cannot be read (" + e.getMessage() + "). Give a readable file holding the key.");
      }
      from = "--pseudonym-key " + options.pseudonymKeyFile();
    } else if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      key = fromEnvironment.strip().getBytes(StandardCharsets.UTF_8);
      from = "the environment variable " + ENV;
    } else {
      progress.say("respondent pseudonyms use a random key for this run; give --pseudonym-key FILE or set "
          + ENV + " to keep them the same across runs");
      return new SecureRandom().generateSeed(32);
    }
    if (key.length < SHORTEST) {
      throw new ConfigurationException("Cannot use the pseudonym key from " + from + ": it has " + key.length
          + " characters; use a secret of at least " + SHORTEST + " (e.g. 32 random characters).");
    }
    return key;
  }
}
