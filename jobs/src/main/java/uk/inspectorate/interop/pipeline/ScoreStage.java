package uk.inspectorate.interop.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.inspectorate.interop.analysis.InteropNetwork;
import uk.inspectorate.interop.analysis.Network;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.ingest.ForceRegistry;
import uk.inspectorate.interop.score.EvidencePlan;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.Scorer;

/**
 * Every measure of every source, one aggregation a source (the interoperability network's
 * profiles join the inventory's), collected to the driver and scored. Only small results
 * (forces x requirements, pairs of forces) are collected.
 */
final class ScoreStage {
  /** A year's scores, and its interoperability network when asked for. */
  record Scored(Scorer.Scores scores, Network network) {}

  private final SparkSession spark;
  private final Progress progress;

  ScoreStage(SparkSession spark, Progress progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /**
   * @param label prefixes the progress lines, e.g. "2025 " for last year's
   * @param withNetwork whether to work out the interoperability network too
   */
  Scored score(NetworkCode code, ForceRegistry forces, Map<Source, IngestStage.Ingested> inputs, LocalDate asOf,
      String label, boolean withNetwork) throws IOException {
    EvidencePlan.Collected evidence = new EvidencePlan.Collected();
    Network network = Network.NONE;
    for (Source source : code.sourcesUsed()) {
      EvidencePlan plan = EvidencePlan.of(code, source);
      // the network's profiles join the inventory's one aggregation rather than read it again
      List<Column> profiles = withNetwork && source == Source.INVENTORY
          ? InteropNetwork.aggregates(code.capabilities()) : List.of();
      if (plan.isEmpty() && profiles.isEmpty()) {
        continue;
      }
      List<Row> rows = progress.stage(label + "evidence " + source.key(),
          () -> SparkJobs.labelled(spark, "evidence-" + source.key(), "measures over " + source.key(),
              () -> plan.aggregate(inputs.get(source).usable(), asOf, profiles).collectAsList()),
          collected -> plan.requirements().size() + " measures"
              + (profiles.isEmpty() ? "" : " and " + code.capabilities().size() + " network profiles")
              + " in one pass, " + collected.size() + " forces with rows");
      plan.collectInto(rows, evidence);
      if (!profiles.isEmpty()) {
        network = network(code, forces, rows);
      }
    }
    Scorer.Scores scores = Scorer.score(code, forces.forces(), evidence.evidence(), evidence.answers(),
        evidence.lookAhead());
    return new Scored(scores.withLifecycleRisks(evidence.lifecycleRisks().stream()
        .sorted(Comparator.comparing(LifecycleRisk::forceCode).thenComparing(LifecycleRisk::endOfSupport)
            .thenComparing(LifecycleRisk::assetId)).toList()), network);
  }

  private Network network(NetworkCode code, ForceRegistry forces, List<Row> profiles) throws IOException {
    return progress.stage("network",
        () -> SparkJobs.labelled(spark, "network", "interoperability network from the inventory's profiles",
            () -> InteropNetwork.fromAggregates(spark, profiles, code, forces.forces().stream().map(Force::code).toList())),
        measured -> code.capabilities().stream()
            .map(c -> String.format(Locale.UK, "%s %.0f%%", c.id(), 100 * measured.connectivity(c.id())))
            .collect(Collectors.joining(", ")) + " of pairs connected, " + measured.clusters().size() + " clusters");
  }
}
