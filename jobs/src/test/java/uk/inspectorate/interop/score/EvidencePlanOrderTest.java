package uk.inspectorate.interop.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Source;

/** The measures of a source depend on its rows, not on their order or how they are partitioned. */
class EvidencePlanOrderTest {

  private static final long SEED = 20260331L;
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  /** The last force has a single radio that costs nothing: no records systems, and a ratio over zero. */
  private static final List<String> FORCES =
      List.of("E23000001", "E23000002", "E23000003", "E23000004", "E23000005", "E23000006");

  /** The usable inventory's columns that the measures and lifecycle risks read, typed as validation leaves them. */
  private static final StructType USABLE_INVENTORY = new StructType()
      .add("force_code", DataTypes.StringType)
      .add("asset_id", DataTypes.StringType)
      .add("asset_class", DataTypes.StringType)
      .add("category", DataTypes.StringType)
      .add("vendor", DataTypes.StringType)
      .add("product", DataTypes.StringType)
      .add("version", DataTypes.StringType)
      .add("end_of_support", DataTypes.DateType)
      .add("standards", DataTypes.createArrayType(DataTypes.StringType))
      .add("national_links", DataTypes.createArrayType(DataTypes.StringType))
      .add("open_api", DataTypes.BooleanType)
      .add("users", DataTypes.LongType)
      .add("annual_cost_gbp", DataTypes.DoubleType);

  @Test
  void shufflingAndRepartitioningTheInventoryRowsChangesNoMeasure() throws Exception {
    NetworkCode code = CodeLoader.parse("hand.yaml", EvidencePlanTest.CODE);
    EvidencePlan plan = EvidencePlan.of(code, Source.INVENTORY);
    List<Row> rows = randomInventory(new Random(SEED));
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(SEED + 1));

    EvidencePlan.Collected inOrder = collect(plan, TestSpark.session().createDataFrame(rows, USABLE_INVENTORY));
    EvidencePlan.Collected reordered = collect(plan,
        TestSpark.session().createDataFrame(shuffled, USABLE_INVENTORY).repartition(5));

    // the fixture is only a test of order if it gives measures to compare, and some it cannot
    assertThat(inOrder.evidence().values()).filteredOn(MeasuredEvidence::present)
        .hasSizeGreaterThan(FORCES.size() * 3)
        .anySatisfy(e -> assertThat(e.value()).isStrictlyBetween(0.0, 1.0));
    assertThat(inOrder.evidence()).hasEntrySatisfying(new ForceRequirement("E23000006", "DAT-01"), e -> assertThat(e.present()).isFalse())
        .hasEntrySatisfying(new ForceRequirement("E23000006", "SHR-04"), e -> assertThat(e.present()).isFalse());
    assertThat(inOrder.nextYear()).isNotEmpty();
    assertThat(inOrder.lifecycleRisks()).hasSizeGreaterThan(10);

    assertThat(reordered.evidence()).isEqualTo(inOrder.evidence());
    assertThat(reordered.nextYear()).isEqualTo(inOrder.nextYear());
    assertThat(reordered.systemsLeaving()).isEqualTo(inOrder.systemsLeaving());
    assertThat(reordered.lifecycleRisks()).containsExactlyInAnyOrderElementsOf(inOrder.lifecycleRisks());
  }

  private static EvidencePlan.Collected collect(EvidencePlan plan, Dataset<Row> usable) {
    EvidencePlan.Collected collected = new EvidencePlan.Collected();
    plan.collectInto(plan.aggregate(usable, AS_OF).collectAsList(), collected);
    return collected;
  }

  /**
   * Three hundred assets across five forces, with the blanks a real inventory has, and the sixth
   * force's one radio. Whole numbers of users and pounds, so that every sum is exact whatever
   * order it is added in.
   */
  private static List<Row> randomInventory(Random random) {
    List<String> categories = List.of("records_management", "custody", "radio", "intelligence");
    List<List<String>> standards = List.of(List.of(), List.of("POLE"), List.of("REST-JSON"), List.of("POLE", "REST-JSON"),
        List.of("NIEM"));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      LocalDate endOfSupport = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(6 * 365));
      rows.add(RowFactory.create(
          FORCES.get(random.nextInt(FORCES.size() - 1)),
          "A" + i,
          random.nextInt(4) == 0 ? "device" : "application",
          categories.get(random.nextInt(categories.size())),
          "Vendor " + random.nextInt(5),
          "Product " + random.nextInt(5),
          "1." + random.nextInt(3),
          random.nextInt(8) == 0 ? null : Date.valueOf(endOfSupport),
          standards.get(random.nextInt(standards.size())),
          random.nextBoolean() ? List.of("PND") : List.of(),
          new Boolean[] {true, false, null}[random.nextInt(3)],
          random.nextInt(8) == 0 ? null : (long) random.nextInt(500),
          random.nextInt(3) == 0 ? 0.0 : (double) random.nextInt(100_000)));
    }
    rows.add(RowFactory.create("E23000006", "Z1", "device", "radio", null, null, null, null, List.of(), List.of(), null,
        10L, 0.0));
    return rows;
  }
}
