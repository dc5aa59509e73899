package uk.inspectorate.interop.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.TestSpark;

/**
 * Parquet lists a column's encodings in the order of a hash set of enums, which differs from one
 * JVM to the next; a published file's footer is put in one order, so reruns give the same bytes.
 */
class ParquetFootersTest {
  record Row2(String force, Double score) {}

  @TempDir
  Path dir;

  @Test
  void aTableIsWrittenWithEveryColumnsEncodingsInOrder() throws IOException {
    Path file = writeTable();
    for (ColumnChunk chunk : chunks(footer(file))) {
      List<Encoding> encodings = chunk.getMeta_data().getEncodings();
      List<Encoding> sorted = new ArrayList<>(encodings);
      sorted.sort((a, b) -> Integer.compare(a.getValue(), b.getValue()));
      assertThat(encodings).as(chunk.getMeta_data().getPath_in_schema().toString()).hasSizeGreaterThan(1)
          .isEqualTo(sorted);
    }
  }

  @Test
  void aFooterInAnotherOrderComesOutAsTheCanonicalBytesAndReadsTheSame() throws IOException {
    Path file = writeTable();
    byte[] canonical = Files.readAllBytes(file);
    // what another JVM may write: every list of encodings the other way round
    FileMetaData footer = footer(file);
    chunks(footer).forEach(c -> Collections.reverse(c.getMeta_data().getEncodings()));
    Files.write(file, withFooter(canonical, footer));
    assertThat(Files.readAllBytes(file)).isNotEqualTo(canonical);

    ParquetFooters.normalise(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(canonical);
    List<Row> rows = TestSpark.session().read().parquet(file.toString()).orderBy("force").collectAsList();
    assertThat(rows).extracting(r -> r.getString(0) + "=" + r.get(1))
        .containsExactly("E23000001=0.5", "E23000002=null", "E23000003=0.875");
  }

  @Test
  void aFileThatIsNotParquetIsRefusedByName() throws IOException {
    Path file = Files.writeString(dir.resolve("not.parquet"), "force_code,score\n");
    assertThatThrownBy(() -> ParquetFooters.normalise(file)).isInstanceOf(IOException.class)
        .hasMessage("Cannot put the footer of " + file + " in order: it is not a Parquet file");
  }

  private Path writeTable() throws IOException {
    Table<Row2> table = new Table<>("scores", "A score a force", List.of(
        Column.of("force", ColumnType.STRING, "Force", Row2::force),
        Column.of("score", ColumnType.DOUBLE, "Score", Row2::score)),
        List.of(new Row2("E23000002", null), new Row2("E23000001", 0.5), new Row2("E23000003", 0.875)));
    Path tableDir = dir.resolve("scores");
    ParquetTables.write(TestSpark.session(), table, tableDir);
    return tableDir.resolve("part-00000.parquet");
  }

  private static FileMetaData footer(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int length = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Util.readFileMetaData(new ByteArrayInputStream(bytes, bytes.length - 8 - length, length));
  }

  private static List<ColumnChunk> chunks(FileMetaData footer) {
    List<ColumnChunk> chunks = new ArrayList<>();
    for (RowGroup group : footer.getRow_groups()) {
      chunks.addAll(group.getColumns());
    }
    return chunks;
  }

  private static byte[] withFooter(byte[] file, FileMetaData footer) throws IOException {
    int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(file, 0, file.length - 8 - length);
    ByteArrayOutputStream meta = new ByteArrayOutputStream();
    Util.writeFileMetaData(footer, meta);
    meta.writeTo(out);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size()).array());
    out.write("PAR1".getBytes());
    return out.toByteArray();
  }
}
