package uk.inspectorate.interop.pipeline;

import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession the jobs run in; every setting the assessment relies on is here. */
public final class Sparks {
  private Sparks() {}

  /**
   * A session for {@code master} ({@code local[*]} embedded, or a cluster URL under spark-submit).
   *
   * <p>ANSI mode is off on purpose: a measure that divides by zero must give null (reported as
   * NO_EVIDENCE), not fail the run. Inputs never rely on ANSI casts: they are read as strings and
   * converted with try_ functions, so a bad value becomes a reject row either way.
   */
  public static SparkSession create(String master, String appName) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.ansi.enabled", "false")
        .config("spark.sql.legacy.timeParserPolicy", "CORRECTED")
        // Windows-1252 exports are common; Spark 4 otherwise accepts only a handful of charsets.
        .config("spark.sql.legacy.javaCharsets", "true")
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.sql.debug.maxToStringFields", "500")
        .config("spark.sql.parquet.compression.codec", "snappy")
        .config("spark.sql.sources.commitProtocolClass",
            "org.apache.spark.sql.execution.datasources.SQLHadoopMapReduceCommitProtocol")
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .config("spark.hadoop.parquet.enable.summary-metadata", "false");
    if (master != null && !master.isBlank()) {
      builder.master(master);
    }
    if (master == null || master.startsWith("local")) {
      builder.config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "8");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
