package uk.inspectorate.interop.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a published table as Parquet, one file, with a fixed name ({@code part-00000.parquet})
 * so that reruns give the same file listing. The tables are small (forces x requirements), so
 * they are built from the collected records rather than re-running any Spark job.
 */
public final class ParquetTables {
  private ParquetTables() {}

  public static StructType schema(Table<?> table) {
    List<StructField> fields = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  static DataType sparkType(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INTEGER -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
    };
  }

  public static <R> void write(SparkSession spark, Table<R> table, Path dir) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (R row : table.rows()) {
      // Spark's external type for a date is java.sql.Date.
      rows.add(RowFactory.create(table.values(row).stream()
          .map(v -> v instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : v).toArray()));
    }
    Path temp = dir.resolveSibling(dir.getFileName() + ".tmp");
    spark.createDataFrame(rows, schema(table)).coalesce(1)
        .write().mode(SaveMode.Overwrite).parquet(temp.toUri().toString());
    Files.createDirectories(dir);
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(temp, "part-*.parquet")) {
      for (Path part : parts) {
        Files.move(part, dir.resolve("part-00000.parquet"));
        ParquetFooters.normalise(dir.resolve("part-00000.parquet"));
      }
    }
    Publication.deleteQuietly(temp);
  }
}
