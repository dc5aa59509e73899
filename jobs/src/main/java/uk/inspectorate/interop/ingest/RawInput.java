package uk.inspectorate.interop.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One input as read, before validation: every canonical column as a string, plus
 * {@code _file} (the file, relative to the year folder), {@code _record} (the record's number in
 * that file, the header being 1: the line number unless a quoted field spans lines) and {@code _malformed} (the raw text of a record that did not
 * split into the header's fields).
 */
public record RawInput(InputSpec spec, Dataset<Row> rows, List<InputFile> files) {

  /** A file read, with what sniffing found; {@code extraColumns} are set aside, not read. */
  public record InputFile(String path, String layout, List<String> extraColumns) {}
}
