package uk.inspectorate.interop.ingest;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * One input as read, before validation: every canonical column as a string, plus
 * {@code _file} (the file, relative to the year folder), {@code _record} (the record's number in
 * that file, the header being 1: the line number unless a quoted field spans lines; for a
 * workbook, the sheet row), {@code _malformed} (the raw text of a record that did not split into
 * the header's fields) and {@code _return_problem} (why a survey workbook is set aside, or null).
 */
public record RawInput(InputSpec spec, Dataset<Row> rows, List<InputFile> files) {

  /** How a file read, whatever words {@code layout} puts it in. */
  public enum Reading {
    /** UTF-8 CSV delimited by commas, Parquet, or a workbook read as it is. */
    AS_EXPECTED,
    /** Another encoding, a byte-order mark or another delimiter; or a workbook set aside. */
    SNIFFED,
    /** A file of no bytes. */
    EMPTY
  }

  /**
   * A file read, with what sniffing found; {@code extraColumns} are set aside, not read.
   * {@code rowsSeen}, when present, counts the file's data records as Spark parses them, during
   * whatever action first reads the file, so that the pipeline can check that every record read
   * came out as used or rejected.
   */
  public record InputFile(String path, String layout, Reading reading, List<String> extraColumns, Observation rowsSeen,
      long rowsKnown) {

    public InputFile(String path, String layout, Reading reading, List<String> extraColumns, Observation rowsSeen) {
      this(path, layout, reading, extraColumns, rowsSeen, 0);
    }

    /** Whether reading the file is worth a line of its own: a layout other than the usual, or columns set aside. */
    public boolean worthSaying() {
      return reading != Reading.AS_EXPECTED || !extraColumns.isEmpty();
    }

    /**
     * The records counted while reading, once the first action over the input has run; for a
     * workbook, read on the driver, the rows it held.
     */
    public long rowsRead() {
      if (rowsSeen == null) {
        return rowsKnown;
      }
      try {
        Row row = Await.result(rowsSeen.future(), Duration.create(10, TimeUnit.MINUTES));
        // No metrics at all means no row reached the observation: a file with a header and nothing else.
        return row.length() == 0 ? 0 : row.getLong(0);
      } catch (Exception e) {
        throw new IllegalStateException("The count of records read from " + path + " never arrived", e);
      }
    }
  }
}
