package uk.inspectorate.interop;

import org.apache.spark.sql.SparkSession;
import uk.inspectorate.interop.pipeline.Sparks;

/**
 * The one SparkSession of the test JVM: local[2], UI off, two shuffle partitions, UTC, bound to
 * 127.0.0.1. Shared by every test and never stopped by one.
 */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = Sparks.create("local[2]", "interop-maturity tests");
      session.conf().set("spark.sql.shuffle.partitions", "2");
    }
    return session;
  }
}
