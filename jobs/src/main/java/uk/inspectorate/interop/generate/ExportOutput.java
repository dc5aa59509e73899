package uk.inspectorate.interop.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One force's inventory streamed to a single file in the layout of its {@link InventoryExport}:
 * canonical records in, the tool's columns, spellings, delimiter and encoding out. Fields are
 * quoted only when they must be (a delimiter, a quote or a line break inside). The file is never
 * split, whatever the scale. Keeps the physical line each row starts on, as {@link CsvOutput} does.
 */
final class ExportOutput implements RowSink, Closeable {
  private final InventoryExport export;
  private final String shownAs;
  private final CharsetEncoder encoder;
  private final CSVPrinter printer;
  private long lines;
  private long rows;

  /** Creates (or replaces) the export's file in {@code folder} and writes its header. */
  ExportOutput(Path folder, InventoryExport export) throws IOException {
    this.export = export;
    this.shownAs = folder.getFileName() + "/" + export.fileName();
    this.encoder = export.charset().newEncoder();
    Files.createDirectories(folder);
    check(export.header());
    Writer writer = Files.newBufferedWriter(folder.resolve(export.fileName()), export.charset());
    try {
      if (export.byteOrderMark()) {
        writer.write('\uFEFF');
      }
      CSVFormat format = CSVFormat.DEFAULT.builder()
          .setDelimiter(export.delimiter())
          .setRecordSeparator(export.recordSeparator())
          .setHeader(export.header().toArray(String[]::new))
          .get();
      this.printer = new CSVPrinter(writer, format);
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
    this.lines = 1;
  }

  @Override
  public Position write(List<String> canonicalRecord) throws IOException {
    List<String> fields = export.fields(canonicalRecord);
    check(fields);
    printer.printRecord(fields);
    long line = lines + 1;
    lines = line;
    for (String field : fields) {
      lines += field.chars().filter(c -> c == '\n').count();
    }
    rows++;
    return new Position(shownAs, line);
  }

  /** Data rows written so far. */
  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }

  /**
   * Refuses text the file's encoding cannot hold, naming it: the writer would otherwise fail with
   * no hint of which value, or, worse, a lenient one would write {@code ?} silently.
   */
  private void check(List<String> fields) {
    for (String field : fields) {
      if (!encoder.canEncode(field)) {
        throw new IllegalStateException("Cannot write '" + field + "' to " + shownAs + ": it has characters that "
            + export.charset().name() + " cannot hold");
      }
    }
  }
}
