package uk.inspectorate.interop.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import uk.inspectorate.interop.UnusableInputException;

/**
 * Reads every CSV or Parquet file of one input folder ({@code <year>/<input>/}) into one
 * DataFrame of strings, by column name: each file's layout is sniffed on the driver, its header
 * mapped to the canonical columns (aliases allowed, any order, any case), missing optional
 * columns filled with nulls. Whole-file problems (no files, unreadable file, a required column
 * missing) are collected for every file and thrown together.
 *
 * <p>CSV files are read with {@code multiLine} so that quoted fields may hold line breaks; that
 * makes each file one partition, which is what lets {@code _record} count records within a file.
 * The header is record 1, so a data record's number is its line number unless a quoted field
 * above it spans lines.
 */
public final class InputReader {

  /** Set in the low 33 bits of monotonically_increasing_id(): the row's index in its partition. */
  private static final long ROW_INDEX_MASK = (1L << 33) - 1;
  private static final String MALFORMED = "_malformed";
  /** Why every answer of a survey workbook is set aside (made for another year, code or force), or null. */
  public static final String RETURN_PROBLEM = "_return_problem";

  private final SparkSession spark;
  private final ExpectedReturn expected;

  /**
   * What a survey return workbook must have been made for: this year and this code.
   *
   * @param codeId the code's id; a workbook for another code is set aside
   */
  public record ExpectedReturn(int year, String codeId, String codeVersion) {}

  public InputReader(SparkSession spark) {
    this(spark, null);
  }

  public InputReader(SparkSession spark, ExpectedReturn expected) {
    this.spark = spark;
    this.expected = expected;
  }

  /** True when the folder exists and holds at least one CSV or Parquet file. */
  public boolean present(String folder) {
    try {
      return !dataFiles(new Path(folder)).isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads {@code folder} as the input {@code spec}.
   *
   * @param shownAs the folder as the user should see it in messages, e.g. {@code data-samples/2026/inventory}
   */
  public RawInput read(InputSpec spec, String folder, String shownAs) {
    Path dir = new Path(folder);
    List<FileStatus> files;
    try {
      files = dataFiles(dir);
    } catch (IOException e) {
      throw new UnusableInputException("Cannot read the " + spec.name() + " input: the folder "
          + shownAs + " cannot be listed (" + e.getMessage() + ").");
    }
    if (files.isEmpty()) {
      throw new UnusableInputException("Cannot assess without the " + spec.name() + " input: no .csv or .parquet file in "
          + shownAs + ". The network code has requirements whose evidence source is " + spec.name()
          + "; put the force files there (see README, Inputs).");
    }
    List<String> problems = new ArrayList<>();
    List<Dataset<Row>> parts = new ArrayList<>();
    List<RawInput.InputFile> described = new ArrayList<>();
    for (FileStatus file : files) {
      String name = shownAs + "/" + file.getPath().getName();
      String relative = spec.name() + "/" + file.getPath().getName();
      try {
        String lower = file.getPath().getName().toLowerCase(Locale.ROOT);
        Dataset<Row> part = lower.endsWith(".parquet") ? readParquet(spec, file, name, relative, problems, described)
            : lower.endsWith(".xlsx") || lower.endsWith(".xls") ? readWorkbook(spec, file, name, relative, problems, described)
            : readCsv(spec, file, name, relative, problems, described);
        if (part != null) {
          parts.add(part);
        }
      } catch (Exception e) { // includes Spark's checked SparkException for a damaged Parquet file
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        problems.add("Cannot read " + name + ": " + detail
            + ". Check that it is a CSV or Parquet file, complete and not damaged, and not open in another program.");
      }
    }
    if (!problems.isEmpty()) {
      throw new UnusableInputException(problems);
    }
    if (parts.isEmpty()) {
      // Every file was empty: no rows, but the same columns, so later stages run as usual.
      return new RawInput(spec, spark.createDataFrame(List.of(), rawSchema(spec)), described);
    }
    Dataset<Row> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.unionByName(parts.get(i));
    }
    return new RawInput(spec, all, described);
  }

  private Dataset<Row> readCsv(InputSpec spec, FileStatus file, String name, String relative,
      List<String> problems, List<RawInput.InputFile> described) throws IOException {
    CsvLayout layout;
    FileSystem fs = file.getPath().getFileSystem(hadoopConf());
    try (FSDataInputStream in = fs.open(file.getPath())) {
      layout = CsvLayout.sniff(in);
      if (layout.charset().equals(StandardCharsets.UTF_8) && !layout.bom() && !utf8Throughout(in, file.getLen())) {
        layout = layout.asWindows1252();
      }
    }
    if (layout.header().isEmpty()) {
      // An empty file holds no rows: nothing to lose, so it is noted rather than fatal.
      described.add(new RawInput.InputFile(relative, "empty file", RawInput.Reading.EMPTY, List.of(), null));
      return null;
    }
    Map<String, String> mapping = mapHeader(spec, layout.header(), name, problems);
    if (mapping == null) {
      return null;
    }
    List<StructField> fields = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (int i = 0; i < layout.header().size(); i++) {
      String canonical = mapping.get(layout.header().get(i));
      String field = canonical != null ? canonical : "_extra_" + i;
      if (canonical == null) {
        extra.add(layout.header().get(i));
      }
      fields.add(DataTypes.createStructField(field, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(MALFORMED, DataTypes.StringType, true));
    Dataset<Row> rows = spark.read().format("csv")
        .schema(DataTypes.createStructType(fields))
        // The header is read as record 1 and dropped below, so that record numbers match line
        // numbers (Spark's own header handling would also warn about every renamed column).
        .option("header", "false")
        .option("multiLine", "true")
        .option("encoding", layout.charset().name())
        .option("sep", String.valueOf(layout.delimiter()))
        .option("quote", "\"")
        .option("escape", "\"")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", MALFORMED)
        .option("ignoreLeadingWhiteSpace", "true")
        .option("ignoreTrailingWhiteSpace", "true")
        .load(file.getPath().toString());
    Observation seen = new Observation("records read from " + relative);
    described.add(new RawInput.InputFile(relative, layout.describe(), layout.usual() ? RawInput.Reading.AS_EXPECTED
        : RawInput.Reading.SNIFFED, extra, seen));
    return canonicalise(spec, rows, relative).filter(col("_record").gt(1))
        .observe(seen, functions.count(lit(1)).as("rows"));
  }

  private Dataset<Row> readParquet(InputSpec spec, FileStatus file, String name, String relative,
      List<String> problems, List<RawInput.InputFile> described) {
    Dataset<Row> rows = spark.read().parquet(file.getPath().toString());
    List<String> header = Arrays.asList(rows.columns());
    Map<String, String> mapping = mapHeader(spec, header, name, problems);
    if (mapping == null) {
      return null;
    }
    List<Column> columns = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    StructType schema = rows.schema();
    for (StructField field : schema.fields()) {
      String canonical = mapping.get(field.name());
      if (canonical == null) {
        extra.add(field.name());
        continue;
      }
      Column c = col("`" + field.name() + "`");
      if (field.dataType() instanceof ArrayType) {
        c = functions.array_join(c, ";");
      } else if (field.dataType() instanceof DateType || field.dataType() instanceof TimestampType
          || field.dataType() instanceof TimestampNTZType) {
        c = functions.date_format(c, "yyyy-MM-dd");
      } else {
        c = c.cast(DataTypes.StringType);
      }
      columns.add(c.as(canonical));
    }
    columns.add(lit(null).cast(DataTypes.StringType).as(MALFORMED));
    Observation seen = new Observation("records read from " + relative);
    described.add(new RawInput.InputFile(relative, "Parquet", RawInput.Reading.AS_EXPECTED, extra, seen));
    return canonicalise(spec, rows.select(columns.toArray(Column[]::new)), relative)
        .observe(seen, functions.count(lit(1)).as("rows"));
  }

  /**
   * Samples the rest of a file that starts as UTF-8 (64 KB at each quarter and at the end): an
   * export with a Windows-1252 character only far down (a supplier's name in row 3,000) must not
   * be read as UTF-8 and garbled. A file with such a character outside the samples still cannot
   * be garbled silently: the decodable-text rule rejects the rows it spoils.
   */
  private static boolean utf8Throughout(FSDataInputStream in, long length) throws IOException {
    int chunk = 64 * 1024;
    if (length <= chunk) {
      return true;
    }
    for (long at : new long[] {length / 4, length / 2, 3 * length / 4, Math.max(chunk, length - chunk)}) {
      in.seek(at);
      if (!CsvLayout.isUtf8Chunk(in.readNBytes(chunk))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a survey return workbook on the driver (a return is tens of rows) into the same raw
   * shape as a CSV return. A workbook made for another year, code or force keeps its rows, each
   * marked with why, so that they are rejected and counted rather than dropped or scored.
   */
  private Dataset<Row> readWorkbook(InputSpec spec, FileStatus file, String name, String relative,
      List<String> problems, List<RawInput.InputFile> described) {
    if (spec != InputSpec.RETURNS) {
      problems.add("Cannot read " + name + ": only survey returns may be workbooks; save the " + spec.name()
          + " as CSV (UTF-8) and run again.");
      return null;
    }
    WorkbookReturn wb = WorkbookReturnReader.read(java.nio.file.Path.of(file.getPath().toUri()), name);
    if (!wb.problems().isEmpty()) {
      problems.addAll(wb.problems());
      return null;
    }
    String setAside = setAside(wb);
    String forceCode = wb.forceCodeCell() != null ? wb.forceCodeCell() : wb.metadata().forceCode();
    List<Row> rows = new ArrayList<>();
    for (WorkbookReturn.Answer a : wb.answers()) {
      List<Object> row = new ArrayList<>();
      for (String column : spec.columns()) {
        row.add(switch (column) {
          case "force_code" -> forceCode;
          case "question_id" -> a.questionId();
          case "answer" -> a.answer();
          case "comment" -> a.comment();
          case "respondent_role" -> wb.respondentRole();
          case "submitted_on" -> wb.submittedOn();
          default -> null;
        });
      }
      row.add(relative);
      row.add(Long.parseLong(a.cell().replaceAll("^.*![A-Z]+", "")));
      row.add(null);
      row.add(setAside);
      rows.add(RowFactory.create(row.toArray()));
    }
    described.add(new RawInput.InputFile(relative, "workbook" + (setAside == null ? "" : ", set aside: " + setAside),
        setAside == null ? RawInput.Reading.AS_EXPECTED : RawInput.Reading.SNIFFED, List.of(), null, rows.size()));
    return spark.createDataFrame(rows, rawSchema(spec));
  }

  /** The raw shape every file of an input is read into (see {@link RawInput}). */
  private static StructType rawSchema(InputSpec spec) {
    List<StructField> fields = new ArrayList<>();
    spec.columns().forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField("_file", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("_record", DataTypes.LongType, true));
    fields.add(DataTypes.createStructField(MALFORMED, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(RETURN_PROBLEM, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  /** Why a workbook's answers cannot count for this assessment, or null when they can. */
  private String setAside(WorkbookReturn wb) {
    if (expected == null) {
      return null;
    }
    WorkbookReturn.Metadata meta = wb.metadata();
    if (meta.year() != null && !meta.year().equals(String.valueOf(expected.year()))) {
      return "the return is for " + meta.year() + ", not " + expected.year() + "; send this year's return";
    }
    if (meta.codeId() != null && !meta.codeId().equals(expected.codeId())) {
      return "the return was made for the code " + meta.codeId() + ", not " + expected.codeId()
          + "; fill in a template made by 'template' for this assessment";
    }
    if (meta.forceCode() != null && wb.forceCodeCell() != null && !meta.forceCode().equals(wb.forceCodeCell())) {
      return "the workbook was made for force " + meta.forceCode() + " but its Force code cell says "
          + wb.forceCodeCell() + "; each force fills in its own template";
    }
    return null;
  }

  /** Maps each header name to its canonical column; reports missing required and repeated columns. */
  private static Map<String, String> mapHeader(InputSpec spec, List<String> header, String name, List<String> problems) {
    Map<String, String> mapping = new LinkedHashMap<>();
    List<String> repeated = new ArrayList<>();
    for (String raw : header) {
      String canonical = spec.canonical(CsvLayout.normalise(raw));
      if (canonical == null) {
        continue;
      }
      if (mapping.containsValue(canonical)) {
        repeated.add(raw + " (" + canonical + ")");
      } else {
        mapping.put(raw, canonical);
      }
    }
    List<String> missing = spec.required().stream().filter(c -> !mapping.containsValue(c)).sorted().toList();
    int before = problems.size();
    if (!missing.isEmpty()) {
      problems.add("Cannot read " + name + ": the header has no column " + String.join(", ", missing)
          + " (required); found " + header + ". Rename the column or add it; accepted names are listed in README, Inputs.");
    }
    if (!repeated.isEmpty()) {
      problems.add("Cannot read " + name + ": the header gives the same column twice: " + repeated + ". Remove one.");
    }
    return problems.size() == before ? mapping : null;
  }

  /** Selects the canonical columns in order, nulls for absent ones, and the row's origin. */
  private static Dataset<Row> canonicalise(InputSpec spec, Dataset<Row> rows, String relative) {
    List<String> present = Arrays.asList(rows.columns());
    List<Column> columns = new ArrayList<>();
    for (String column : spec.columns()) {
      columns.add(present.contains(column) ? col(column) : lit(null).cast(DataTypes.StringType).as(column));
    }
    columns.add(lit(relative).as("_file"));
    columns.add(functions.monotonically_increasing_id().bitwiseAND(ROW_INDEX_MASK).plus(1).as("_record"));
    columns.add(col(MALFORMED));
    columns.add(lit(null).cast(DataTypes.StringType).as(RETURN_PROBLEM));
    return rows.select(columns.toArray(Column[]::new));
  }

  private List<FileStatus> dataFiles(Path dir) throws IOException {
    FileSystem fs = dir.getFileSystem(hadoopConf());
    if (!fs.exists(dir)) {
      return List.of();
    }
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus status : fs.listStatus(dir)) {
      String n = status.getPath().getName().toLowerCase(Locale.ROOT);
      boolean workbook = n.endsWith(".xlsx") || n.endsWith(".xls");
      if (status.isFile() && !n.startsWith(".") && !n.startsWith("_") && !n.startsWith("~$")
          && (n.endsWith(".csv") || n.endsWith(".parquet") || workbook)) {
        files.add(status);
      }
    }
    files.sort(Comparator.comparing(s -> s.getPath().getName()));
    return files;
  }

  private Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }
}
