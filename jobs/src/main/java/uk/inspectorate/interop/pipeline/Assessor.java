package uk.inspectorate.interop.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.ForceRegistry;
import uk.inspectorate.interop.publish.Manifest;
import uk.inspectorate.interop.publish.ParquetTables;
import uk.inspectorate.interop.publish.Publication;
import uk.inspectorate.interop.analysis.InteropNetwork;
import uk.inspectorate.interop.analysis.Network;
import uk.inspectorate.interop.report.Assessment;
import uk.inspectorate.interop.report.Charts;
import uk.inspectorate.interop.report.CsvTables;
import uk.inspectorate.interop.report.Dashboard;
import uk.inspectorate.interop.report.FactsheetWriter;
import uk.inspectorate.interop.report.PreviousYear;
import uk.inspectorate.interop.report.PublishedTables;
import uk.inspectorate.interop.report.Table;
import uk.inspectorate.interop.report.WorkbookWriter;
import uk.inspectorate.interop.score.EvidencePlan;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.Scorer;
import uk.inspectorate.interop.validate.DataQualityRow;

/**
 * The whole assessment of one year: ingest and validate every input the code needs, compute all
 * measures (one aggregation a source), score, render, and publish atomically to
 * {@code <out>/<year>}. Each stage logs one line.
 */
public final class Assessor {
  /** The name of the environment variable holding the key for respondent pseudonyms. */
  public static final String PSEUDONYM_KEY_ENV = "INTEROP_PSEUDONYM_KEY";

  private final SparkSession spark;
  private final Progress progress;
  /** Test hook: runs after the outputs are written and before the switch, to simulate a crash. */
  private Runnable beforeCommit = () -> {};

  public Assessor(SparkSession spark, Progress progress) {
    this.spark = spark;
    this.progress = progress;
  }

  void beforeCommit(Runnable hook) {
    this.beforeCommit = hook;
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
      Map<Source, IngestStage.Ingested> inputs = ingestAll(code, forces, options, staging, dir.resolve("rejects"));
      List<DataQualityRow> quality = inputs.values().stream().flatMap(i -> i.quality().stream()).toList();
      CsvTables.write(PublishedTables.dataQualityTable(options.year(), quality), dir.resolve("data_quality.csv"));
      return new Validated(inputs, dir.resolve("rejects"));
    } finally {
      Publication.deleteQuietly(staging);
    }
  }

  /** Runs the whole assessment and publishes it; returns the published folder. */
  public Path assess(NetworkCode code, AssessOptions options) throws IOException {
    long started = System.nanoTime();
    ForceRegistry forces = ForceRegistry.load(options.forcesFile());
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
        + "-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    Files.createDirectories(options.outDir());
    Publication publication = Publication.begin(options.outDir(), options.year(), runId);
    Path runDir = publication.runDir();
    Path staging = options.outDir().resolve(".runs").resolve(options.year() + "-" + runId + ".staging");
    boolean committed = false;
    try {
      progress.start();
      Map<Source, IngestStage.Ingested> inputs = ingestAll(code, forces, options, staging, runDir.resolve("rejects"));

      Scored scored = score(code, forces, inputs, options.asOf(), "", true);
      Scorer.Scores scores = scored.scores();
      List<DataQualityRow> quality = inputs.values().stream().flatMap(i -> i.quality().stream()).toList();
      PreviousYear previous = previousYear(code, forces, options, staging.resolve("previous-year"));
      Network network = scored.network();
      Assessment assessment = new Assessment(options.year(), options.asOf(), code, forces.forces(), scores,
          quality, options.marking(), !options.finalRun(), previous, network);
      progress.done("score", Progress.count(scores.requirements().size()) + " requirement results, "
          + scores.forces().size() + " forces, " + levelSummary(assessment));

      List<Table> tables = PublishedTables.of(assessment);
      Map<String, Integer> tableRows = writeTables(tables, runDir);
      progress.done("tables", tableRows.size() + " tables as Parquet and CSV");
      long t0 = System.nanoTime();
      Path workbook = runDir.resolve("interop-maturity-" + options.year() + ".xlsx");
      WorkbookWriter.write(assessment, workbook);
      long t1 = System.nanoTime();
      Path charts = Files.createDirectories(runDir.resolve("charts"));
      List<Path> chartFiles = Charts.renderAll(assessment, charts);
      long t2 = System.nanoTime();
      // Each factsheet embeds its force's radar, as rendered for charts/.
      Map<String, Map<String, byte[]>> radars = new LinkedHashMap<>();
      for (var force : forces.forces()) {
        radars.put(force.code(), Map.of("radar", Files.readAllBytes(charts.resolve("radar-" + force.slug() + ".png"))));
      }
      List<Path> factsheets = FactsheetWriter.writeAll(assessment, radars, runDir.resolve("factsheets"));
      long t3 = System.nanoTime();
      List<Path> pages = Dashboard.write(assessment, tables, chartFiles, runDir.resolve("dashboard"));
      long t4 = System.nanoTime();
      progress.done("report", String.format(java.util.Locale.UK,
          "workbook %.1f s, %d charts (PNG and SVG) %.1f s, %d factsheets %.1f s, %d dashboard pages %.1f s",
          (t1 - t0) / 1e9, chartFiles.stream().filter(f -> f.toString().endsWith(".png")).count(), (t2 - t1) / 1e9,
          factsheets.size(), (t3 - t2) / 1e9, pages.size(), (t4 - t3) / 1e9));

      manifest(code, options, runId, inputs, tableRows, previous).write(runDir.resolve("manifest.json"));
      beforeCommit.run();
      publication.commit();
      committed = true;
      progress.done("publish", options.outDir().resolve(String.valueOf(options.year())) + " -> .runs/" + runDir.getFileName());
      progress.say(String.format(java.util.Locale.UK, "assessed %d forces against %s in %.1f s",
          scores.forces().size(), code.label(), (System.nanoTime() - started) / 1e9));
      return publication.target();
    } finally {
      Publication.deleteQuietly(staging);
      if (!committed) {
        publication.abandon();
      }
    }
  }

  /** A year's scores, and its interoperability network when asked for. */
  private record Scored(Scorer.Scores scores, Network network) {}

  /** Every measure of every source, one aggregation each, scored. {@code label} prefixes the progress lines. */
  private Scored score(NetworkCode code, ForceRegistry forces, Map<Source, IngestStage.Ingested> inputs,
      java.time.LocalDate asOf, String label, boolean withNetwork) {
    EvidencePlan.Collected evidence = new EvidencePlan.Collected();
    Network network = Network.NONE;
    for (Source source : code.sourcesUsed()) {
      EvidencePlan plan = EvidencePlan.of(code, source);
      // the network's profiles join the inventory's one aggregation rather than read it again
      List<Column> profiles = withNetwork && source == Source.INVENTORY
          ? InteropNetwork.aggregates(code.capabilities()) : List.of();
      if (plan.isEmpty() && profiles.isEmpty()) {
        continue;
      }
      spark.sparkContext().setJobGroup("evidence-" + source.key(), "measures over " + source.key(), false);
      List<Row> rows = plan.aggregate(inputs.get(source).usable(), asOf, profiles).collectAsList();
      spark.sparkContext().clearJobGroup();
      plan.collectInto(rows, evidence);
      progress.done(label + "evidence " + source.key(), plan.requirements().size() + " measures"
          + (profiles.isEmpty() ? "" : " and " + code.capabilities().size() + " network profiles") + " in one pass, "
          + rows.size() + " forces with rows");
      if (!profiles.isEmpty()) {
        spark.sparkContext().setJobGroup("network", "interoperability network from the inventory's profiles", false);
        Network measured = InteropNetwork.fromAggregates(spark, rows, code,
            forces.forces().stream().map(uk.inspectorate.interop.ingest.Force::code).toList());
        spark.sparkContext().clearJobGroup();
        progress.done("network", code.capabilities().stream().map(c -> String.format(java.util.Locale.UK, "%s %.0f%%",
            c.id(), 100 * measured.connectivity(c.id()))).collect(java.util.stream.Collectors.joining(", "))
            + " of pairs connected, " + measured.clusters().size() + " clusters");
        network = measured;
      }
    }
    return new Scored(Scorer.score(code, forces.forces(), evidence.evidence(), evidence.answers(), evidence.lookAhead())
        .withLifecycleRisks(evidence.lifecycleRisks().stream()
            .sorted(java.util.Comparator.comparing(LifecycleRisk::forceCode).thenComparing(LifecycleRisk::endOfSupport)
                .thenComparing(LifecycleRisk::assetId)).toList()), network);
  }

  /**
   * Last year's results: read from its publication in the output folder when there is one, else
   * assessed in this run from last year's inputs in the data folder (scored only, nothing of it
   * published), else null. Whatever is used, or why nothing is, is said on the console.
   */
  private PreviousYear previousYear(NetworkCode code, ForceRegistry forces, AssessOptions options, Path staging) {
    int lastYear = options.year() - 1;
    Path dir = options.outDir().resolve(String.valueOf(lastYear));
    try {
      var published = PreviousYear.read(dir, lastYear, code, "published results in " + shown(dir));
      if (published.isPresent()) {
        return published.get();
      }
    } catch (IOException e) {
      previousNote = "none: the published results in " + shown(dir) + " could not be read (" + e.getMessage() + ")";
      progress.say("last year's published results could not be read (" + e.getMessage() + "); no change since "
          + lastYear + " is shown. Re-run the " + lastYear + " assessment to publish them again.");
      return null;
    }
    AssessOptions last = new AssessOptions(lastYear, options.dataDir(), options.codeFile(), options.outDir(),
        options.asOf().minusYears(1), options.master(), options.marking(), options.finalRun(), options.pseudonymKeyFile());
    if (!Files.isDirectory(last.yearDir())) {
      previousNote = "none: " + lastYear + " is not published in " + shown(options.outDir()) + " and "
          + shown(last.yearDir()) + " does not exist";
      return null;
    }
    try {
      Map<Source, IngestStage.Ingested> inputs = ingestAll(code, forces, last, staging, staging.resolve("rejects"),
          lastYear + " ");
      Scorer.Scores scores = score(code, forces, inputs, last.asOf(), lastYear + " ", false).scores();
      return PreviousYear.of(lastYear, "assessed in this run from " + shown(last.yearDir()) + " (not published in "
          + shown(options.outDir()) + ")", scores, code);
    } catch (uk.inspectorate.interop.UnusableInputException | IOException e) {
      previousNote = "none: " + lastYear + " is not published in " + shown(options.outDir()) + " and its inputs in "
          + shown(last.yearDir()) + " cannot be assessed (" + e.getMessage().lines().findFirst().orElse("") + ")";
      progress.say("last year's inputs in " + shown(last.yearDir()) + " cannot be assessed (" + e.getMessage()
          + "); no change since " + lastYear + " is shown.");
      return null;
    }
  }

  private Map<Source, IngestStage.Ingested> ingestAll(NetworkCode code, ForceRegistry forces, AssessOptions options,
      Path staging, Path rejectsDir) throws IOException {
    return ingestAll(code, forces, options, staging, rejectsDir, "");
  }

  private Map<Source, IngestStage.Ingested> ingestAll(NetworkCode code, ForceRegistry forces, AssessOptions options,
      Path staging, Path rejectsDir, String label) throws IOException {
    IngestStage ingest = new IngestStage(spark, progress);
    String shownYearDir = shown(options.yearDir());
    ingest.requireInputs(code, options.yearDir(), shownYearDir);
    byte[] key = code.sourcesUsed().contains(Source.WORKFORCE) ? pseudonymKey(options) : new byte[16];
    Map<Source, IngestStage.Ingested> inputs = new LinkedHashMap<>();
    progress.start();
    for (Source source : code.sourcesUsed()) {
      IngestStage.Ingested in = ingest.ingest(source, code, forces, options.yearDir(), shownYearDir, staging, rejectsDir, key,
          options.asOf());
      inputs.put(source, in);
      progress.done(label + "ingest " + source.key(), Progress.count(in.rowsRead()) + " rows from " + in.files().size()
          + (in.files().size() == 1 ? " file, " : " files, ") + Progress.count(in.rowsRejected()) + " rejected");
      for (var file : in.files()) {
        boolean plain = List.of("UTF-8, ','-delimited", "Parquet", "workbook").contains(file.layout());
        if (!plain || !file.extraColumns().isEmpty()) {
          progress.say("  " + file.path() + ": read as " + file.layout()
              + (file.extraColumns().isEmpty() ? "" : "; columns not read: " + String.join(", ", file.extraColumns())));
        }
      }
    }
    return inputs;
  }

  private Map<String, Integer> writeTables(List<Table> tables, Path runDir) throws IOException {
    Map<String, Integer> rows = new LinkedHashMap<>();
    spark.sparkContext().setJobGroup("publish-tables", "write the published tables", false);
    for (Table table : tables) {
      ParquetTables.write(spark, table, runDir.resolve("data").resolve(table.name()));
      CsvTables.write(table, runDir.resolve("csv").resolve(table.name() + ".csv"));
      rows.put(table.name(), table.rows().size());
    }
    CsvTables.write(PublishedTables.dictionary(tables), runDir.resolve("csv").resolve("data-dictionary.csv"));
    spark.sparkContext().clearJobGroup();
    return rows;
  }

  private Manifest manifest(NetworkCode code, AssessOptions options, String runId,
      Map<Source, IngestStage.Ingested> inputs, Map<String, Integer> tableRows, PreviousYear previous) throws IOException {
    List<Map<String, Object>> files = new ArrayList<>();
    files.add(fileEntry("forces.csv", options.forcesFile()));
    files.add(fileEntry("network code", options.codeFile()));
    for (IngestStage.Ingested in : inputs.values()) {
      for (var file : in.files()) {
        Map<String, Object> entry = fileEntry(in.source().key(), options.yearDir().resolve(file.path()));
        entry.put("layout", file.layout());
        if (!file.extraColumns().isEmpty()) {
          entry.put("columns_not_read", file.extraColumns());
        }
        files.add(entry);
      }
    }
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("year", options.year());
    opts.put("as_of", options.asOf().toString());
    opts.put("data", shown(options.dataDir()));
    opts.put("code", shown(options.codeFile()));
    opts.put("master", options.master());
    opts.put("marking", options.marking());
    opts.put("final", options.finalRun());
    Map<String, Object> rowsIn = new LinkedHashMap<>();
    for (IngestStage.Ingested in : inputs.values()) {
      rowsIn.put(in.source().key(), Map.of("read", in.rowsRead(), "used", in.rowsRead() - in.rowsRejected(),
          "rejected", in.rowsRejected()));
    }
    String version = Assessor.class.getPackage().getImplementationVersion();
    return new Manifest()
        .put("assessment", "interop-maturity")
        .put("year", options.year())
        .put("run_id", runId)
        .put("created_at", Instant.now().toString())
        .put("status", options.finalRun() ? "FINAL" : "PROVISIONAL")
        .put("code", Map.of("id", code.id(), "version", code.version(), "title", code.title()))
        .put("options", opts)
        .put("software", Map.of("interop_maturity", version == null ? "development build" : version,
            "spark", spark.version(), "java", System.getProperty("java.version")))
        .put("inputs", files)
        .put("rows_in", rowsIn)
        .put("tables", tableRows)
        .put("previous_year", previous == null ? previousNote : previous.source());
  }

  private static Map<String, Object> fileEntry(String role, Path file) throws IOException {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("role", role);
    entry.put("path", shown(file));
    entry.put("bytes", Files.size(file));
    entry.put("sha256", Manifest.sha256(file));
    return entry;
  }

  private static String levelSummary(Assessment a) {
    Map<String, Long> byLevel = new LinkedHashMap<>();
    a.code().levels().forEach(l -> byLevel.put(l.name(), 0L));
    a.scores().forces().forEach(f -> byLevel.merge(f.levelName(), 1L, Long::sum));
    return byLevel.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .reduce((x, y) -> x + ", " + y).orElse("");
  }

  /**
   * The key for respondent pseudonyms: from {@code --pseudonym-key FILE}, else from the
   * environment variable {@value #PSEUDONYM_KEY_ENV}, so that the same respondent keeps one
   * pseudonym across runs; otherwise a fresh random key for this run. Never written anywhere.
   */
  /** Why there is no previous year to compare with, for the manifest. */
  private String previousNote = "none";

  /** The random pseudonym key of this run, when no key is given: one for every year the run reads. */
  private byte[] runKey;

  private byte[] pseudonymKey(AssessOptions options) {
    byte[] key;
    String from;
    if (options.pseudonymKeyFile() != null) {
      try {
        key = Files.readString(options.pseudonymKeyFile()).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new uk.inspectorate.interop.ConfigurationException("Cannot use --pseudonym-key " + options.pseudonymKeyFile()
            + ": the file cannot be read (" + e.getMessage() + "). Give a readable file holding the key.");
      }
      from = "--pseudonym-key " + options.pseudonymKeyFile();
    } else if (System.getenv(PSEUDONYM_KEY_ENV) != null && !System.getenv(PSEUDONYM_KEY_ENV).isBlank()) {
      key = System.getenv(PSEUDONYM_KEY_ENV).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      from = "the environment variable " + PSEUDONYM_KEY_ENV;
    } else {
      if (runKey == null) {
        progress.say("respondent pseudonyms use a random key for this run; give --pseudonym-key FILE or set "
            + PSEUDONYM_KEY_ENV + " to keep them the same across runs");
        runKey = new SecureRandom().generateSeed(32);
      }
      return runKey;
    }
    if (key.length < 16) {
      throw new uk.inspectorate.interop.ConfigurationException("Cannot use the pseudonym key from " + from
          + ": it has " + key.length + " characters; use a secret of at least 16 (e.g. 32 random characters).");
    }
    return key;
  }

  /** A path as the user gave it relative to the working folder, when it is inside it. */
  static String shown(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }
}
