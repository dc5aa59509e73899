package uk.inspectorate.interop.generate;

import java.io.IOException;
import java.util.List;

/**
 * Somewhere rows are written one at a time: the plain contract files ({@link CsvOutput}) or a
 * force's own export in an asset tool's layout ({@link ExportOutput}). Callers always hand over the
 * canonical record; a sink may write it differently but never changes what it says.
 */
interface RowSink {

  /** Where a row was written: the file relative to the year folder, and its line (header is 1). */
  record Position(String file, long line) {}

  /**
   * Writes one row.
   *
   * @param canonicalRecord the values in the order of the sink's contract header (for the
   *     inventory, {@link Asset#HEADER})
   * @return the file and physical line the row starts on
   */
  Position write(List<String> canonicalRecord) throws IOException;
}
