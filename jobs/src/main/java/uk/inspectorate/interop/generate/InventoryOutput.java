package uk.inspectorate.interop.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inventory folder of one year: the main contract file(s), which hold most forces, and the
 * exports of the forces that send their own ({@link InventoryExport}). Each force's rows go to one
 * sink, so a force's planted defects land in the file its other rows are in.
 */
final class InventoryOutput implements Closeable {
  private final Path folder;
  private final CsvOutput main;
  private final Map<String, ExportOutput> exports = new TreeMap<>();

  /**
   * Opens the main output and one export for each of {@code exports} whose force is in
   * {@code forceCodes}; any other export file an earlier run left is removed, since the reader
   * would take its rows as this year's.
   */
  InventoryOutput(Path folder, String stem, long maxRowsPerFile, boolean numbered, List<String> forceCodes,
      List<InventoryExport> exports) throws IOException {
    this.folder = folder;
    this.main = new CsvOutput(folder, stem, Asset.HEADER, maxRowsPerFile, numbered);
    try {
      for (InventoryExport export : InventoryExport.values()) {
        if (exports.contains(export) && forceCodes.contains(export.forceCode())) {
          this.exports.put(export.forceCode(), new ExportOutput(folder, export));
        } else {
          Files.deleteIfExists(folder.resolve(export.fileName()));
        }
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Where the rows of a force go. */
  RowSink forForce(String forceCode) {
    ExportOutput export = exports.get(forceCode);
    return export != null ? export : main;
  }

  /** The main file(s) in the order written, then the exports in force-code order. */
  List<Path> files() {
    List<Path> files = new ArrayList<>(main.files());
    for (String forceCode : exports.keySet()) {
      files.add(folder.resolve(InventoryExport.of(forceCode).fileName()));
    }
    return files;
  }

  /** Data rows written to all of the files. */
  long rows() {
    return main.rows() + exports.values().stream().mapToLong(ExportOutput::rows).sum();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    List<Closeable> all = new ArrayList<>(exports.values());
    all.add(0, main);
    for (Closeable output : all) {
      try {
        output.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
