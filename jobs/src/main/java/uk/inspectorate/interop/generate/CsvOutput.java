package uk.inspectorate.interop.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows streamed to one CSV file, or to numbered parts ({@code inventory-001.csv}, ...) of at most
 * {@code maxRows} rows each, every part with its own header. Nothing is held in memory but the
 * row being written. Keeps the physical line each row starts on, for the list of planted defects.
 */
final class CsvOutput implements RowSink, Closeable {

  private final Path folder;
  private final String stem;
  private final CSVFormat format;
  private final long maxRows;
  private final boolean numbered;
  private final List<Path> files = new ArrayList<>();
  private CSVPrinter printer;
  private long rowsInFile;
  private long linesInFile;
  private long rows;

  CsvOutput(Path folder, String stem, List<String> header, long maxRows, boolean numbered) throws IOException {
    this.folder = folder;
    this.stem = stem;
    this.format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header.toArray(String[]::new)).get();
    this.maxRows = maxRows;
    this.numbered = numbered;
    Files.createDirectories(folder);
    deleteEarlierOutput();
  }

  @Override
  public Position write(List<String> values) throws IOException {
    if (printer == null || rowsInFile >= maxRows) {
      openNext();
    }
    printer.printRecord(values);
    long line = linesInFile + 1;
    linesInFile = line;
    for (String value : values) {
      linesInFile += value.chars().filter(c -> c == '\n').count();
    }
    rowsInFile++;
    rows++;
    return new Position(folder.getFileName() + "/" + files.get(files.size() - 1).getFileName(), line);
  }

  List<Path> files() {
    return List.copyOf(files);
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    if (printer == null) {
      openNext();
    }
    printer.close();
  }

  private void openNext() throws IOException {
    if (printer != null) {
      printer.close();
    }
    if (!numbered && !files.isEmpty()) {
      throw new IllegalStateException("Cannot write more than " + maxRows + " rows to one " + stem + " file");
    }
    Path file = folder.resolve(numbered ? String.format(Locale.ROOT, "%s-%03d.csv", stem, files.size() + 1) : stem + ".csv");
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    printer = new CSVPrinter(writer, format);
    files.add(file);
    rowsInFile = 0;
    linesInFile = 1;
  }

  /**
   * Removes the files an earlier run with another scale may have left, which would otherwise be
   * read as part of this input; any other file in the folder is left alone.
   */
  private void deleteEarlierOutput() throws IOException {
    Pattern ours = Pattern.compile(Pattern.quote(stem) + "(-\\d{3})?\\.csv");
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (ours.matcher(entry.getFileName().toString()).matches()) {
          Files.delete(entry);
        }
      }
    }
  }
}
