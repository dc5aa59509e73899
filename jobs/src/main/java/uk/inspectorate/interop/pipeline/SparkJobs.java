package uk.inspectorate.interop.pipeline;

import java.io.IOException;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Labels the Spark jobs of a stage with the stage's name, so that the Spark UI and logs say which
 * stage ran each job, and puts back whatever label was there before, however the stage ends.
 */
final class SparkJobs {
  private static final String GROUP = "spark.jobGroup.id";
  private static final String DESCRIPTION = "spark.job.description";

  private SparkJobs() {}

  static <T> T labelled(SparkSession spark, String group, String description, Progress.Work<T> work)
      throws IOException {
    SparkContext context = spark.sparkContext();
    String previousGroup = context.getLocalProperty(GROUP);
    String previousDescription = context.getLocalProperty(DESCRIPTION);
    context.setJobGroup(group, description, false);
    try {
      return work.run();
    } finally {
      if (previousGroup == null) {
        context.clearJobGroup();
      } else {
        context.setJobGroup(previousGroup, previousDescription == null ? "" : previousDescription, false);
      }
    }
  }
}
