package uk.inspectorate.interop.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.ForceRegistry;
import uk.inspectorate.interop.publish.CsvTables;
import uk.inspectorate.interop.publish.ParquetTables;
import uk.inspectorate.interop.publish.Publication;
import uk.inspectorate.interop.publish.PublishedTables;
import uk.inspectorate.interop.publish.Table;
import uk.inspectorate.interop.publish.YearTables;
import uk.inspectorate.interop.results.Assessment;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.validate.DataQualityRow;

/**
 * The whole assessment of one year, as a plain sequence of stages each taking and returning
 * values: ingest and validate every input the code needs, compute all measures (one aggregation a
 * source) and score, find last year's results, work out the results model, write the tables and
 * the reports, and publish atomically to {@code <out>/<year>}. Each stage logs one line. The
 * clock and the run ids are given, so that a test can fix them.
 */
public final class Assessor {
  /** The name of the environment variable holding the key for respondent pseudonyms. */
  public static final String PSEUDONYM_KEY_ENV = PseudonymKey.ENV;

  private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
      .withZone(ZoneOffset.UTC);

  private final SparkSession spark;
  private final Progress progress;
  private final Clock clock;
  private final Function<Instant, String> runIds;
  /** Runs after the outputs are written and before the switch: a test simulates a crash with it. */
  private final Runnable beforeCommit;

  public Assessor(SparkSession spark, Progress progress) {
    this(spark, progress, Clock.systemUTC(), Assessor::randomRunId, () -> {});
  }

  Assessor(SparkSession spark, Progress progress, Clock clock, Function<Instant, String> runIds,
      Runnable beforeCommit) {
    this.spark = spark;
    this.progress = progress;
    this.clock = clock;
    this.runIds = runIds;
    this.beforeCommit = beforeCommit;
  }

  /** A run id: the time the run started and a few random bytes, e.g. "20260401T093000-3fa2c1". */
  static String randomRunId(Instant started) {
    return RUN_TIME.format(started) + "-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
  }

  /** The results of a validation run: data quality by input, and where the rejects went. */
  public record Validated(Map<Source, IngestStage.Ingested> inputs, Path rejectsDir) {
    public List<DataQualityRow> quality() {
      return inputs.values().stream().flatMap(i -> i.quality().stream()).toList();
    }
  }

  /** Ingests and validates only; writes rejects and data quality under {@code <out>/validation/<year>/}. */
  public Validated validate(NetworkCode code, AssessOptions options) throws IOException {
    ForceRegistry forces = ForceRegistry.load(options.forcesFile());
    Path dir = options.outDir().resolve("validation").resolve(String.valueOf(options.year()));
    Publication.deleteQuietly(dir);
    Files.createDirectories(dir);
    Path staging = dir.resolve(".staging");
    try {
      byte[] key = pseudonymKey(code, options);
      Map<Source, IngestStage.Ingested> inputs = new IngestStage(spark, progress)
          .ingestAll(yearInputs(code, forces, options, key, staging, dir.resolve("rejects")), "");
      Validated validated = new Validated(inputs, dir.resolve("rejects"));
      CsvTables.write(YearTables.dataQuality(options.year(), validated.quality()), dir.resolve("data_quality.csv"));
      return validated;
    } finally {
      Publication.deleteQuietly(staging);
    }
  }

  /** Runs the whole assessment and publishes it; returns the published folder. */
  public Path assess(NetworkCode code, AssessOptions options) throws IOException {
    long started = System.nanoTime();
    ForceRegistry forces = ForceRegistry.load(options.forcesFile());
    String runId = runIds.apply(clock.instant());
    Files.createDirectories(options.outDir());
    Publication publication = Publication.begin(options.outDir(), options.year(), runId);
    Path runDir = publication.runDir();
    Path staging = options.outDir().resolve(".runs").resolve(options.year() + "-" + runId + ".staging");
    boolean committed = false;
    try {
      byte[] key = pseudonymKey(code, options);
      IngestStage ingest = new IngestStage(spark, progress);
      ScoreStage score = new ScoreStage(spark, progress);
      Map<Source, IngestStage.Ingested> inputs =
          ingest.ingestAll(yearInputs(code, forces, options, key, staging, runDir.resolve("rejects")), "");
      ScoreStage.Scored scored = score.score(code, forces, inputs, options.asOf(), "", true);
      LastYearStage.Found last = new LastYearStage(ingest, score, progress)
          .find(code, forces, options, key, staging.resolve("previous-year"));
      List<DataQualityRow> quality = inputs.values().stream().flatMap(i -> i.quality().stream()).toList();
      Results results = progress.stage("score", () -> Results.of(new Assessment(options.year(), options.asOf(), code,
          forces.forces(), scored.scores(), quality, options.marking(), !options.finalRun(), last.lastYear(),
          scored.network())), Assessor::scoreSummary);
      List<Table<?>> tables = PublishedTables.of(results);
      Map<String, Integer> tableRows = progress.stage("tables", () -> writeTables(tables, runDir),
          rows -> rows.size() + " tables as Parquet and CSV");
      progress.stage("report", () -> ReportStage.write(results, tables, runDir), Function.identity());
      RunManifest.of(new RunManifest.Run(runId, clock.instant(), code, options, inputs, tableRows, last.note(),
          spark.version())).write(runDir.resolve("manifest.json"));
      beforeCommit.run();
      progress.stage("publish", () -> {
        publication.commit();
        return publication.target();
      }, target -> target + " -> .runs/" + runDir.getFileName());
      committed = true;
      progress.say(String.format(Locale.UK, "assessed %d forces against %s in %.1f s", results.forces().size(),
          code.label(), (System.nanoTime() - started) / 1e9));
      return publication.target();
    } finally {
      Publication.deleteQuietly(staging);
      if (!committed) {
        publication.abandon();
      }
    }
  }

  private IngestStage.YearInputs yearInputs(NetworkCode code, ForceRegistry forces, AssessOptions options,
      byte[] key, Path staging, Path rejects) {
    return new IngestStage.YearInputs(code, forces, options.year(), options.yearDir(), shown(options.yearDir()),
        options.asOf(), key, staging, rejects);
  }

  /** The run's pseudonym key, resolved once for every year it reads; none is needed without a workforce survey. */
  private byte[] pseudonymKey(NetworkCode code, AssessOptions options) {
    return code.sourcesUsed().contains(Source.WORKFORCE)
        ? PseudonymKey.resolve(options, System.getenv(PseudonymKey.ENV), progress) : new byte[16];
  }

  private Map<String, Integer> writeTables(List<Table<?>> tables, Path runDir) throws IOException {
    return SparkJobs.labelled(spark, "publish-tables", "write the published tables", () -> {
      Map<String, Integer> rows = new LinkedHashMap<>();
      for (Table<?> table : tables) {
        ParquetTables.write(spark, table, runDir.resolve("data").resolve(table.name()));
        CsvTables.write(table, runDir.resolve("csv").resolve(table.name() + ".csv"));
        rows.put(table.name(), table.rows().size());
      }
      CsvTables.write(PublishedTables.dictionary(tables), runDir.resolve("csv").resolve("data-dictionary.csv"));
      return rows;
    });
  }

  /** "1,634 requirement results, 43 forces, Initial 5, Developing 11, ...". */
  private static String scoreSummary(Results r) {
    StringBuilder levels = new StringBuilder();
    for (var count : r.national().levels()) {
      Level level = count.level();
      levels.append(levels.isEmpty() ? "" : ", ").append(level.name()).append(' ').append(count.forces());
    }
    return Progress.count(r.requirementOutcomes().size()) + " requirement results, " + r.forces().size() + " forces, "
        + levels;
  }

  /** A path as the user gave it relative to the working folder, when it is inside it. */
  static String shown(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }
}
