package uk.inspectorate.interop.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import uk.inspectorate.interop.UnusableInputException;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.ForceRegistry;
import uk.inspectorate.interop.publish.LastYearReader;
import uk.inspectorate.interop.results.LastYear;

/**
 * Last year's results, for change since last year: read from its publication in the output
 * folder when there is one, else assessed in this run from last year's inputs in the data folder
 * (scored only, nothing of it published), else none. Whatever is used, or why nothing is, is said
 * on the console and in the manifest.
 */
final class LastYearStage {
  /**
   * Last year's results, or why there are none.
   *
   * @param lastYear null when there is nothing to compare with
   * @param note where last year's results came from, or why there are none, for the manifest
   */
  record Found(LastYear lastYear, String note) {}

  private final IngestStage ingest;
  private final ScoreStage score;
  private final Progress progress;

  LastYearStage(IngestStage ingest, ScoreStage score, Progress progress) {
    this.ingest = ingest;
    this.score = score;
    this.progress = progress;
  }

  /**
   * @param pseudonymKey the run's key, so that a respondent has one pseudonym in both years
   * @param staging where last year's inputs are staged when they must be assessed
   */
  Found find(NetworkCode code, ForceRegistry forces, AssessOptions options, byte[] pseudonymKey, Path staging) {
    int lastYear = options.year() - 1;
    Path dir = options.outDir().resolve(String.valueOf(lastYear));
    try {
      Optional<LastYear> published = LastYearReader.read(dir, lastYear, code,
          "published results in " + Assessor.shown(dir));
      if (published.isPresent()) {
        return new Found(published.get(), published.get().source());
      }
    } catch (IOException e) {
      progress.say("last year's published results could not be read (" + e.getMessage() + "); no change since "
          + lastYear + " is shown. Re-run the " + lastYear + " assessment to publish them again.");
      return new Found(null, "none: the published results in " + Assessor.shown(dir) + " could not be read ("
          + e.getMessage() + ")");
    }
    AssessOptions last = options.lastYear();
    if (!Files.isDirectory(last.yearDir())) {
      return new Found(null, "none: " + lastYear + " is not published in " + Assessor.shown(options.outDir())
          + " and " + Assessor.shown(last.yearDir()) + " does not exist");
    }
    try {
      IngestStage.YearInputs inputs = new IngestStage.YearInputs(code, forces, lastYear, last.yearDir(),
          Assessor.shown(last.yearDir()), last.asOf(), pseudonymKey, staging, staging.resolve("rejects"));
      Map<Source, IngestStage.Ingested> ingested = ingest.ingestAll(inputs, lastYear + " ");
      var scores = score.score(code, forces, ingested, last.asOf(), lastYear + " ", false).scores();
      String source = "assessed in this run from " + Assessor.shown(last.yearDir()) + " (not published in "
          + Assessor.shown(options.outDir()) + ")";
      return new Found(LastYear.assessed(lastYear, source, scores, code), source);
    } catch (UnusableInputException | IOException e) {
      progress.say("last year's inputs in " + Assessor.shown(last.yearDir()) + " cannot be assessed ("
          + e.getMessage() + "); no change since " + lastYear + " is shown.");
      return new Found(null, "none: " + lastYear + " is not published in " + Assessor.shown(options.outDir())
          + " and its inputs in " + Assessor.shown(last.yearDir()) + " cannot be assessed ("
          + e.getMessage().lines().findFirst().orElse("") + ")");
    }
  }
}
