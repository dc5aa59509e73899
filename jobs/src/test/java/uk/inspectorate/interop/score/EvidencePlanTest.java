package uk.inspectorate.interop.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.ingest.InputReader;
import uk.inspectorate.interop.ingest.InputSpec;
import uk.inspectorate.interop.validate.InputRules;
import uk.inspectorate.interop.validate.Validation;

/** The Spark path computes the same measures as a hand count of a three-force inventory. */
class EvidencePlanTest {
  static final String CODE = ScorerTest.CODE.replace("""
            - id: SHR-02
              title: Safeguarding
              evidence: {source: returns, where: "question_id = 'Q1'", measure: "max(value)"}
              scoring: {method: boolean}
              missing: exclude
      """, """
            - id: SHR-03
              title: Supported
              evidence: {source: inventory, where: "asset_class = 'application'", measure: "avg(if(end_of_support > as_of, 1.0, 0.0))"}
              scoring: {method: boolean}
            - id: SHR-04
              title: Ratio
              evidence: {source: inventory, where: "category = 'radio'", measure: "sum(users) / sum(annual_cost_gbp)"}
              scoring: {method: boolean}
      """);

  @TempDir
  Path dir;

  @Test
  void measuresOfOneSourceComeFromOnePassAndMatchAHandCount() throws Exception {
    NetworkCode code = CodeLoader.parse("hand.yaml", CODE);
    Path inventory = Files.createDirectories(dir.resolve("inventory"));
    Files.writeString(inventory.resolve("forcesWithThreeEstates.csv"), """
        force_code,asset_id,asset_class,category,standards,open_api,national_links,end_of_support,users,annual_cost_gbp
        E23000001,A1,application,records_management,POLE;REST-JSON,true,PND,2027-01-01,100,0
        E23000001,A2,application,records_management,,false,,2025-01-01,50,0
        E23000001,A3,application,custody,POLE,true,,2030-01-01,10,0
        E23000001,A4,device,radio,,,,,,0
        E23000002,B1,application,records_management,POLE,false,,,5,0
        E23000003,C1,device,radio,,,,,,
        """);
    var raw = new InputReader(TestSpark.session()).read(InputSpec.INVENTORY, inventory.toUri().toString(), "inventory");
    Dataset<Row> usable = InputRules.inventory(raw.rows(), List.of("E23000001", "E23000002", "E23000003"), LocalDate.of(2026, 3, 31))
        .filter(org.apache.spark.sql.functions.col(Validation.REJECT_REASON).isNull());

    EvidencePlan plan = EvidencePlan.of(code, Source.INVENTORY);
    Dataset<Row> aggregated = plan.aggregate(usable, LocalDate.of(2026, 3, 31));
    EvidencePlan.Collected collected = new EvidencePlan.Collected();
    plan.collectInto(aggregated.collectAsList(), collected);
    Map<ForceRequirement, MeasuredEvidence> evidence = collected.evidence();

    // One aggregation over one scan of the file, whatever the number of requirements.
    String logical = aggregated.queryExecution().optimizedPlan().toString();
    assertThat(logical.split("Aggregate \\[", -1).length - 1).isEqualTo(1);
    assertThat(logical.split("Relation ", -1).length - 1).isEqualTo(1);

    // Alpha: 2 records systems, 1 with POLE -> 0.5; Bravo: 1 of 1 -> 1.0; Charlie has none -> no evidence.
    assertThat(evidence.get(new ForceRequirement("E23000001", "DAT-01"))).isEqualTo(new MeasuredEvidence("E23000001", "DAT-01", 0.5, 2));
    assertThat(evidence.get(new ForceRequirement("E23000002", "DAT-01"))).isEqualTo(new MeasuredEvidence("E23000002", "DAT-01", 1.0, 1));
    assertThat(evidence.get(new ForceRequirement("E23000003", "DAT-01")).present()).isFalse();
    assertThat(evidence.get(new ForceRequirement("E23000003", "DAT-01")).rows()).isZero();
    // open_api over every row of the force: 2 true of 3 known (nulls are skipped by avg(if(null)) = 0.0)
    assertThat(evidence.get(new ForceRequirement("E23000001", "DAT-02")).value()).isCloseTo(0.5, within(1e-12));
    // applications supported on 31 March 2026: A1 and A3 of A1-A3
    assertThat(evidence.get(new ForceRequirement("E23000001", "SHR-03")).value()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(evidence.get(new ForceRequirement("E23000001", "SHR-03")).rows()).isEqualTo(3);
    // a year on (31 March 2027) A1 has passed end of support too: 1 of 3, and A1 is named
    assertThat(collected.nextYear().get(new ForceRequirement("E23000001", "SHR-03")).value()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(collected.systemsLeaving().get(new ForceRequirement("E23000001", "SHR-03"))).containsExactly("A1");
    assertThat(collected.nextYear()).doesNotContainKey(new ForceRequirement("E23000001", "DAT-01"));
    // lifecycle risks: A2 already out of support, A1 passing within the year and lowering SHR-03
    assertThat(collected.lifecycleRisks()).extracting(LifecycleRisk::assetId, LifecycleRisk::passesWithinYear,
            LifecycleRisk::endOfSupport, LifecycleRisk::requirementIds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A2", false, LocalDate.of(2025, 1, 1), List.of()),
            org.assertj.core.groups.Tuple.tuple("A1", true, LocalDate.of(2027, 1, 1), List.of("SHR-03")));
    // a division by zero is no value, not an error
    assertThat(evidence.get(new ForceRequirement("E23000001", "SHR-04")).present()).isFalse();
    assertThat(evidence.get(new ForceRequirement("E23000001", "SHR-04")).rows()).isEqualTo(1);
  }
}
