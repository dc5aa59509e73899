package uk.inspectorate.interop.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import uk.inspectorate.interop.UnusableInputException;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.ForceRegistry;
import uk.inspectorate.interop.ingest.InputReader;
import uk.inspectorate.interop.ingest.InputSpec;
import uk.inspectorate.interop.ingest.RawInput;
import uk.inspectorate.interop.publish.CsvTables;
import uk.inspectorate.interop.validate.DataQualityRow;
import uk.inspectorate.interop.validate.InputRules;
import uk.inspectorate.interop.validate.Validation;

/**
 * Ingest and validation of every input the code needs: each input is read once from its files,
 * validated, and staged as Parquet (usable and rejected rows together, with their reasons). Later
 * stages read the staged copy, column-pruned, instead of re-parsing the CSV. Rejected rows are
 * written to {@code rejects/<input>.csv}; the data-quality counts are collected per file and force.
 */
public final class IngestStage {

  /** An input after validation. */
  public record Ingested(Source source, Dataset<Row> usable, List<DataQualityRow> quality,
      List<RawInput.InputFile> files, long rowsRead, long rowsRejected) {}

  /**
   * What reading one year's inputs needs.
   *
   * @param shownYearDir the year's folder as messages show it, e.g. "data-samples/2026"
   * @param pseudonymKey the key respondents are pseudonymised with
   * @param staging where the validated inputs are staged as Parquet
   * @param rejects where the rejected rows are written, {@code <input>.csv} each
   */
  public record YearInputs(NetworkCode code, ForceRegistry forces, int year, Path yearDir, String shownYearDir,
      LocalDate asOf, byte[] pseudonymKey, Path staging, Path rejects) {}

  private final SparkSession spark;
  private final Progress progress;

  public IngestStage(SparkSession spark, Progress progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /**
   * Checks that every input the code needs is there before anything is read, naming each missing
   * folder and the requirements that need it.
   */
  public void requireInputs(NetworkCode code, Path yearDir, String shownYearDir) {
    InputReader reader = new InputReader(spark);
    List<String> problems = new ArrayList<>();
    for (Source source : code.sourcesUsed()) {
      Path folder = yearDir.resolve(source.key());
      if (!reader.present(folder.toUri().toString())) {
        List<String> needing = code.requirements().filter(r -> r.evidence().source() == source
                || source == Source.RETURNS && r.crossCheckQuestion() != null)
            .map(Requirement::id).toList();
        problems.add("Cannot assess without the " + source.key() + " input: found no "
            + (source == Source.RETURNS ? ".xlsx, .csv or .parquet" : ".csv or .parquet") + " file in "
            + shownYearDir + "/" + source.key() + "/. The network code " + code.label() + " reads it for "
            + needing.size() + " requirement(s) (" + String.join(", ", needing)
            + "). Put the forces' " + source.key() + " files there, or assess with a code that does not need them.");
      }
    }
    if (!problems.isEmpty()) {
      throw new UnusableInputException(problems);
    }
  }

  /**
   * Reads, validates and stages every input the code needs, one line of progress each (prefixed
   * with {@code label}, e.g. "2025 " for last year's), and a line for each file read in an
   * unusual layout.
   */
  public Map<Source, Ingested> ingestAll(YearInputs in, String label) throws IOException {
    requireInputs(in.code(), in.yearDir(), in.shownYearDir());
    Map<Source, Ingested> inputs = new LinkedHashMap<>();
    for (Source source : in.code().sourcesUsed()) {
      Ingested ingested = progress.stage(label + "ingest " + source.key(), () -> ingest(source, in),
          i -> Progress.count(i.rowsRead()) + " rows from " + i.files().size()
              + (i.files().size() == 1 ? " file, " : " files, ") + Progress.count(i.rowsRejected()) + " rejected");
      inputs.put(source, ingested);
      for (RawInput.InputFile file : ingested.files()) {
        if (file.worthSaying()) {
          progress.say("  " + file.path() + ": read as " + file.layout()
              + (file.extraColumns().isEmpty() ? "" : "; columns not read: " + String.join(", ", file.extraColumns())));
        }
      }
    }
    return inputs;
  }

  /** Reads, validates and stages one input; writes its rejects. */
  Ingested ingest(Source source, YearInputs in) throws IOException {
    return SparkJobs.labelled(spark, "ingest-" + source.key(), "ingest and validate " + source.key(),
        () -> ingestLabelled(source, in));
  }

  private Ingested ingestLabelled(Source source, YearInputs in) throws IOException {
    NetworkCode code = in.code();
    ForceRegistry forces = in.forces();
    String shownYearDir = in.shownYearDir();
    InputSpec spec = spec(source);
    RawInput raw = new InputReader(spark, new InputReader.ExpectedReturn(in.year(), code.id(), code.version()))
        .read(spec, in.yearDir().resolve(source.key()).toUri().toString(), shownYearDir + "/" + source.key());
    List<String> codes = forces.forces().stream().map(f -> f.code()).toList();
    Dataset<Row> validated = switch (source) {
      case INVENTORY -> InputRules.inventory(raw.rows(), codes, in.asOf());
      case RETURNS -> InputRules.returns(spark, raw.rows(), codes, code);
      case WORKFORCE -> InputRules.workforce(spark, raw.rows(), codes, code, in.pseudonymKey());
      case INDICATORS -> InputRules.indicators(raw.rows(), codes);
    };
    Path staged = in.staging().resolve(source.key());
    validated.write().mode(SaveMode.Overwrite).parquet(staged.toUri().toString());
    Dataset<Row> all = spark.read().parquet(staged.toUri().toString());
    List<DataQualityRow> quality = quality(source, all);
    refuseUnclosedQuotes(all, quality, shownYearDir);
    reconcile(raw.files(), quality);
    quality = withCoverage(source, code, forces, all, quality);
    long read = quality.stream().mapToLong(DataQualityRow::rowsRead).sum();
    if (read == 0) {
      throw new UnusableInputException("Cannot assess without the " + source.key() + " input: the files in "
          + shownYearDir + "/" + source.key() + "/ hold no rows (" + raw.files().stream()
              .map(f -> f.path().substring(f.path().indexOf('/') + 1) + ": "
                  + (f.reading() == RawInput.Reading.EMPTY ? "empty" : "a header only"))
              .collect(java.util.stream.Collectors.joining(", "))
          + "). The network code reads it; put the forces' rows in those files.");
    }
    long rejected = quality.stream().mapToLong(DataQualityRow::rowsRejected).sum();
    if (rejected > 0) {
      writeRejects(all.filter(col(Validation.REJECT_REASON).isNotNull()), in.rejects().resolve(source.key() + ".csv"));
    }
    Dataset<Row> usable = all.filter(col(Validation.REJECT_REASON).isNull())
        .drop("_file", "_record", Validation.REJECT_RULE, Validation.REJECT_REASON);
    return new Ingested(source, usable, quality, raw.files(), read, rejected);
  }

  /**
   * Adds what each force is missing: a row for every force with nothing in the input, and for
   * survey inputs how many of the code's questions the force answered.
   */
  private static List<DataQualityRow> withCoverage(Source source, NetworkCode code, ForceRegistry forces,
      Dataset<Row> all, List<DataQualityRow> quality) {
    Map<String, Long> answered = new TreeMap<>();
    long asked = 0;
    if (source == Source.RETURNS || source == Source.WORKFORCE) {
      asked = code.questions().stream().filter(q -> q.audience() == (source == Source.RETURNS
          ? uk.inspectorate.interop.code.Question.Audience.FORCE : uk.inspectorate.interop.code.Question.Audience.WORKFORCE)).count();
      for (Row row : all.filter(col(Validation.REJECT_REASON).isNull()).groupBy(col("force_code"))
          .agg(functions.countDistinct(col("question_id"))).collectAsList()) {
        answered.put(row.getString(0), row.getLong(1));
      }
    }
    List<DataQualityRow> rows = new ArrayList<>();
    for (DataQualityRow q : quality) {
      Long n = answered.get(q.forceCode());
      rows.add(n == null ? q : new DataQualityRow(q.input(), q.file(), q.forceCode(), q.rowsRead(), q.rowsUsed(),
          q.rowsRejected(), q.rejectedByRule(), n + " of " + asked + " questions answered"));
    }
    java.util.Set<String> present = new java.util.HashSet<>();
    quality.stream().filter(q -> q.rowsUsed() > 0).forEach(q -> present.add(q.forceCode()));
    String missing = switch (source) {
      case INVENTORY -> "no inventory rows received";
      case RETURNS -> "no return received";
      case WORKFORCE -> "no workforce survey answers received";
      case INDICATORS -> "no indicators received";
    };
    for (var force : forces.forces()) {
      if (!present.contains(force.code())) {
        rows.add(new DataQualityRow(source.key(), "", force.code(), 0, 0, 0, "", missing));
      }
    }
    return rows;
  }

  /** An unclosed quote hides an unknown number of rows inside one: the file must be mended. */
  private static void refuseUnclosedQuotes(Dataset<Row> all, List<DataQualityRow> quality, String shownYearDir) {
    if (quality.stream().noneMatch(q -> q.rejectedByRule().contains(Validation.UNCLOSED_QUOTE))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Row row : all.filter(col(Validation.REJECT_RULE).equalTo(Validation.UNCLOSED_QUOTE))
        .select("_file", "_record").orderBy("_file", "_record").collectAsList()) {
      problems.add("Cannot read " + shownYearDir + "/" + row.getString(0).substring(row.getString(0).indexOf('/') + 1)
          + ", record " + row.getLong(1) + ": a quoted field starts there and is never closed, so every line after it"
          + " was read as part of that one field. Close the quote (or remove the stray \") and run again.");
    }
    throw new UnusableInputException(problems);
  }

  /**
   * Checks that every record Spark parsed from each file is in the staged data, used or
   * rejected. The two counts come from different places (an observation on the parsed rows, and
   * a count of the staged ones), so a rule, join or filter that lost or duplicated rows shows
   * here. A mismatch is a fault in this program, not in the data: it stops the run.
   */
  static void reconcile(List<RawInput.InputFile> files, List<DataQualityRow> quality) {
    for (RawInput.InputFile file : files) {
      long staged = quality.stream().filter(q -> q.file().equals(file.path())).mapToLong(DataQualityRow::rowsRead).sum();
      long read = file.rowsRead();
      if (read != staged) {
        throw new IllegalStateException("Rows do not reconcile for " + file.path() + ": " + read
            + " records read but " + staged + " used or rejected");
      }
    }
  }

  static InputSpec spec(Source source) {
    return switch (source) {
      case INVENTORY -> InputSpec.INVENTORY;
      case RETURNS -> InputSpec.RETURNS;
      case WORKFORCE -> InputSpec.WORKFORCE;
      case INDICATORS -> InputSpec.INDICATORS;
    };
  }

  /** Rows by file, force and rule: a small result, collected. */
  private static List<DataQualityRow> quality(Source source, Dataset<Row> all) {
    List<Row> counts = all.groupBy(col("_file"), col("force_code"), col(Validation.REJECT_RULE)).count()
        .collectAsList();
    Map<String, long[]> totals = new TreeMap<>();
    Map<String, Map<String, Long>> byRule = new LinkedHashMap<>();
    for (Row row : counts) {
      String file = row.getString(0);
      String force = row.isNullAt(1) ? "" : row.getString(1);
      String rule = row.isNullAt(2) ? null : row.getString(2);
      long n = row.getLong(3);
      String key = file + "\u0000" + force;
      long[] t = totals.computeIfAbsent(key, k -> new long[2]);
      if (rule == null) {
        t[0] += n;
      } else {
        t[1] += n;
        byRule.computeIfAbsent(key, k -> new TreeMap<>()).merge(rule, n, Long::sum);
      }
    }
    List<DataQualityRow> rows = new ArrayList<>();
    totals.forEach((key, t) -> {
      String[] parts = key.split("\u0000", -1);
      String rules = byRule.getOrDefault(key, Map.of()).entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "; " + b).orElse("");
      rows.add(new DataQualityRow(source.key(), parts[0], parts[1], t[0] + t[1], t[0], t[1], rules));
    });
    return rows;
  }

  /**
   * Streams the rejected rows to CSV on the driver one partition at a time (memory stays bounded
   * however many there are), in file and record order, text neutralised against formulas.
   */
  private static void writeRejects(Dataset<Row> rejected, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    List<String> evidence = new ArrayList<>(Arrays.asList(rejected.columns()));
    evidence.removeAll(List.of("_file", "_record", Validation.REJECT_RULE, Validation.REJECT_REASON));
    List<String> header = new ArrayList<>(List.of("file", "record", "rule", "reason"));
    header.addAll(evidence);
    // One partition sorted in one task: a single Spark job, and the sort spills to disk if it must.
    Dataset<Row> ordered = rejected.coalesce(1).sortWithinPartitions(col("_file"), col("_record"));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, org.apache.commons.csv.CSVFormat.RFC4180)) {
      csv.printRecord(header);
      Iterator<Row> rows = ordered.toLocalIterator();
      while (rows.hasNext()) {
        Row row = rows.next();
        List<String> values = new ArrayList<>();
        values.add(CsvTables.cell(row.getAs("_file")));
        values.add(CsvTables.cell(row.getAs("_record")));
        values.add(CsvTables.cell(row.getAs(Validation.REJECT_RULE)));
        values.add(CsvTables.cell(row.getAs(Validation.REJECT_REASON)));
        for (String column : evidence) {
          Object value = row.getAs(column);
          values.add(value instanceof scala.collection.Seq<?> seq
              ? CsvTables.neutralise(String.join(";", scala.jdk.javaapi.CollectionConverters.asJava(seq).stream().map(String::valueOf).toList()))
              : CsvTables.cell(value == null ? null : value instanceof Number || value instanceof Boolean ? value : value.toString()));
        }
        csv.printRecord(values);
      }
    }
  }

}
