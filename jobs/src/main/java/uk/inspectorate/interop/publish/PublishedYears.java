package uk.inspectorate.interop.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;

/**
 * The assessments published in an output folder, and their tables as Spark SQL views: the asked
 * year's under the tables' own names ({@code force_scores}), every other year's with the year
 * after it ({@code force_scores_2025}). Every table has a {@code year} column, so years can also
 * be stacked with UNION ALL.
 */
public final class PublishedYears {
  private PublishedYears() {}

  /** The years with a publication in {@code out}: four-digit folders (or links) holding data/. */
  public static List<Integer> years(Path out) throws IOException {
    TreeSet<Integer> years = new TreeSet<>();
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(out, "[0-9][0-9][0-9][0-9]")) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry.resolve("data"))) {
          years.add(Integer.parseInt(entry.getFileName().toString()));
        }
      }
    }
    return List.copyOf(years);
  }

  /** A year's published tables: table name to its Parquet folder, in name order. */
  public static Map<String, Path> tables(Path out, int year) throws IOException {
    Map<String, Path> tables = new LinkedHashMap<>();
    List<Path> dirs = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(out.resolve(String.valueOf(year)).resolve("data"))) {
      entries.forEach(dirs::add);
    }
    dirs.stream().filter(d -> Files.isRegularFile(d.resolve("part-00000.parquet")))
        .sorted().forEach(d -> tables.put(d.getFileName().toString(), d));
    return tables;
  }

  /**
   * Registers {@code year}'s tables under their own names and every other published year's as
   * {@code <table>_<year>}; returns the view names, the asked year's first.
   */
  public static List<String> register(SparkSession spark, Path out, int year) throws IOException {
    List<String> views = new ArrayList<>();
    for (Map.Entry<String, Path> table : tables(out, year).entrySet()) {
      spark.read().parquet(table.getValue().toUri().toString()).createOrReplaceTempView(table.getKey());
      views.add(table.getKey());
    }
    for (int other : years(out)) {
      if (other == year) {
        continue;
      }
      for (Map.Entry<String, Path> table : tables(out, other).entrySet()) {
        String view = table.getKey() + "_" + other;
        spark.read().parquet(table.getValue().toUri().toString()).createOrReplaceTempView(view);
        views.add(view);
      }
    }
    return views;
  }
}
