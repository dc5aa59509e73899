package uk.inspectorate.interop.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes tables as RFC 4180 CSV in UTF-8, safe to open in a spreadsheet: a text cell that starts
 * with {@code = + - @} (or a tab or carriage return) is prefixed with a single quote, so it can
 * never run as a formula. Numbers are written as numbers and never altered.
 */
public final class CsvTables {
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private CsvTables() {}

  public static void write(Table table, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      csv.printRecord(table.columns().stream().map(Table.Column::name).toList());
      for (List<Object> row : table.rows()) {
        csv.printRecord(row.stream().map(CsvTables::cell).toList());
      }
    }
  }

  /** A value as CSV text: null empty, doubles without exponent noise, text neutralised. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? "" : Shown.published(d).stripTrailingZeros().toPlainString();
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
}
