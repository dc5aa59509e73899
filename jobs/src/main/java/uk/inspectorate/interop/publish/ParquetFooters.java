package uk.inspectorate.interop.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Puts a Parquet file's footer in one canonical form, so that the same table gives the same bytes
 * on every run. Parquet's writer lists each column chunk's encodings from a hash set of enums,
 * whose order follows identity hash codes and so changes from one JVM to the next; here they are
 * sorted (and the encoding statistics with them). The data pages are not touched.
 */
final class ParquetFooters {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private ParquetFooters() {}

  /** Rewrites the footer of {@code file} in canonical order, in place. */
  static void normalise(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int end = bytes.length - MAGIC.length;
    if (bytes.length < 12 || !Arrays.equals(bytes, end, bytes.length, MAGIC, 0, MAGIC.length)) {
      throw new IOException("Cannot put the footer of " + file + " in order: it is not a Parquet file");
    }
    int length = ByteBuffer.wrap(bytes, end - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int start = end - 4 - length;
    FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(bytes, start, length));
    canonical(footer);
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream(length);
    Util.writeFileMetaData(footer, rewritten);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    out.write(bytes, 0, start);
    rewritten.writeTo(out);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(rewritten.size()).array());
    out.write(MAGIC);
    Files.write(file, out.toByteArray());
  }

  /** Sorts every column chunk's encodings and encoding statistics. */
  static void canonical(FileMetaData footer) {
    for (RowGroup group : footer.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        ColumnMetaData meta = chunk.getMeta_data();
        if (meta == null) {
          continue;
        }
        meta.getEncodings().sort(Comparator.comparingInt(e -> e.getValue()));
        if (meta.isSetEncoding_stats()) {
          meta.getEncoding_stats().sort(Comparator.comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
              .thenComparingInt(s -> s.getEncoding().getValue()));
        }
      }
    }
  }
}
