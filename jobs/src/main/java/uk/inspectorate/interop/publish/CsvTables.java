package uk.inspectorate.interop.publish;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import uk.inspectorate.interop.results.Wording;

/**
 * Writes tables as RFC 4180 CSV in UTF-8, safe to open in a spreadsheet: a text cell that starts
 * with {@code = + - @} (or a tab or carriage return) is prefixed with a single quote, so it can
 * never run as a formula. Numbers are written as numbers and never altered. Reads a published
 * table back by its typed columns.
 */
public final class CsvTables {
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private CsvTables() {}

  public static <R> void write(Table<R> table, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      csv.printRecord(table.columnNames());
      for (R row : table.rows()) {
        csv.printRecord(table.values(row).stream().map(CsvTables::cell).toList());
      }
    }
  }

  /** A value as CSV text: null empty, doubles as published (12 significant digits), text neutralised. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? "" : Wording.published(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return neutralise(value.toString());
  }

  /** Text that a spreadsheet would read as a formula, made plain text with a leading quote. */
  public static String neutralise(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  /** A row of a published table read back: each value typed by its column. */
  public static final class PublishedRow {
    private final Map<String, Object> values;

    private PublishedRow(Map<String, Object> values) {
      this.values = values;
    }

    /** The value of a column, typed as the column is; null for an empty cell or a column the table lacks. */
    public Object get(Column<?> column) {
      return values.get(column.name());
    }

    public String text(Column<?> column) {
      return (String) get(column);
    }

    public Double number(Column<?> column) {
      return (Double) get(column);
    }

    public Integer integer(Column<?> column) {
      return (Integer) get(column);
    }

    /** Whether the table has the column at all (older publications lack some). */
    public boolean has(Column<?> column) {
      return values.containsKey(column.name());
    }
  }

  /**
   * Reads a published CSV table back, each of {@code columns} typed as declared; the columns in
   * {@code optional} may be missing from older publications.
   *
   * @throws IOException naming the file when it is missing, lacks a column or holds a value that
   *     does not read as its column's type
   */
  public static List<PublishedRow> read(Path file, List<? extends Column<?>> columns, List<? extends Column<?>> optional)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is missing");
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<PublishedRow> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (Column<?> column : columns) {
        if (!parser.getHeaderMap().containsKey(column.name()) && !optional.contains(column)) {
          throw new IOException(file + " has no column " + column.name());
        }
      }
      for (CSVRecord record : parser) {
        Map<String, Object> values = new HashMap<>();
        for (Column<?> column : columns) {
          if (record.isMapped(column.name())) {
            values.put(column.name(), parse(file, record, column));
          }
        }
        rows.add(new PublishedRow(values));
      }
    }
    return rows;
  }

  private static Object parse(Path file, CSVRecord record, Column<?> column) throws IOException {
    String text = record.get(column.name());
    try {
      return column.type().parse(text);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " record " + record.getRecordNumber() + ", column " + column.name() + ": '" + text
          + "' is not a " + column.type().key() + " (" + e.getMessage() + ")", e);
    }
  }
}
