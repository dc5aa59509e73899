package uk.inspectorate.interop.analysis;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import uk.inspectorate.interop.code.Capability;
import uk.inspectorate.interop.code.NetworkCode;

/**
 * Which forces can exchange data with which, on each capability the code names, computed in Spark
 * from the inventory. One scan of the inventory gives each force's profile on each capability
 * (the exchange standards its systems support, the platforms they run, the forces they declare as
 * sharing partners); a join of the profiles with every pair of forces gives the pairs. Only the
 * pairs (forces squared times capabilities) reach the driver, where reach and clusters follow.
 */
public final class InteropNetwork {
  private InteropNetwork() {}

  /** The profile of each force on each capability: one row a force and capability with systems. */
  static Dataset<Row> profiles(Dataset<Row> inventory, List<Capability> capabilities) {
    List<Column> chosen = new ArrayList<>();
    for (Capability c : capabilities) {
      chosen.add(when(coalesce(expr(c.where()), lit(false)), lit(c.id())));
    }
    Column kept = array_intersect(coalesce(col("standards"), noStrings()), col("capability_standards"));
    Column platform = when(col("capability_platforms").and(trim(coalesce(col("vendor"), lit(""))).notEqual(""))
        .and(lower(trim(col("vendor"))).notEqual("in-house")), concat_ws(" ", trim(col("vendor")), trim(col("product"))));
    return inventory
        .select(col("force_code"), col("vendor"), col("product"), col("standards"), col("sharing_partners"),
            explode(array(chosen.toArray(Column[]::new))).as("capability"))
        .where(col("capability").isNotNull())
        .join(standardsTable(inventory, capabilities), "capability")
        .groupBy(col("capability"), col("force_code"))
        .agg(count(lit(1)).as("systems"),
            array_sort(array_distinct(flatten(collect_list(kept)))).as("standards"),
            array_sort(collect_set(platform)).as("platforms"),
            array_sort(array_distinct(flatten(collect_list(coalesce(col("sharing_partners"), noStrings())))))
                .as("partners"));
  }

  private static Column noStrings() {
    return expr("cast(array() as array<string>)");
  }

  /** The capabilities' exchange standards as a tiny table to join on. */
  private static Dataset<Row> standardsTable(Dataset<Row> inventory, List<Capability> capabilities) {
    List<Row> rows = new ArrayList<>();
    for (Capability c : capabilities) {
      rows.add(org.apache.spark.sql.RowFactory.create(c.id(), c.standards().toArray(String[]::new), c.platforms()));
    }
    var schema = org.apache.spark.sql.types.DataTypes.createStructType(List.of(
        org.apache.spark.sql.types.DataTypes.createStructField("capability", org.apache.spark.sql.types.DataTypes.StringType, false),
        org.apache.spark.sql.types.DataTypes.createStructField("capability_standards",
            org.apache.spark.sql.types.DataTypes.createArrayType(org.apache.spark.sql.types.DataTypes.StringType), false),
        org.apache.spark.sql.types.DataTypes.createStructField("capability_platforms", org.apache.spark.sql.types.DataTypes.BooleanType, false)));
    return inventory.sparkSession().createDataFrame(rows, schema);
  }

  /**
   * Every pair of the given forces on every capability, as a Spark plan: common standards,
   * common platforms and a declared link in either direction. Forces with no system for a
   * capability have nothing in common with anyone on it.
   */
  static Dataset<Row> pairs(Dataset<Row> profiles, List<String> forceCodes, List<Capability> capabilities) {
    var spark = profiles.sparkSession();
    Dataset<Row> forces = spark.createDataset(forceCodes, Encoders.STRING()).toDF("force");
    Dataset<Row> caps = spark.createDataset(capabilities.stream().map(Capability::id).toList(), Encoders.STRING())
        .toDF("capability");
    Dataset<Row> grid = caps.crossJoin(forces.as("a")).crossJoin(forces.withColumnRenamed("force", "other").as("b"))
        .where(col("a.force").lt(col("b.other")))
        .select(col("capability"), col("a.force").as("force_a"), col("b.other").as("force_b"));
    Dataset<Row> a = profiles.select(col("capability").as("cap_a"), col("force_code").as("pa_force"),
        col("standards").as("a_standards"), col("platforms").as("a_platforms"), col("partners").as("a_partners"));
    Dataset<Row> b = profiles.select(col("capability").as("cap_b"), col("force_code").as("pb_force"),
        col("standards").as("b_standards"), col("platforms").as("b_platforms"), col("partners").as("b_partners"));
    Column empty = noStrings();
    return grid
        .join(a, col("capability").equalTo(col("cap_a")).and(col("force_a").equalTo(col("pa_force"))), "left")
        .join(b, col("capability").equalTo(col("cap_b")).and(col("force_b").equalTo(col("pb_force"))), "left")
        .select(col("capability"), col("force_a"), col("force_b"),
            array_sort(array_intersect(coalesce(col("a_standards"), empty), coalesce(col("b_standards"), empty)))
                .as("common_standards"),
            array_sort(array_intersect(coalesce(col("a_platforms"), empty), coalesce(col("b_platforms"), empty)))
                .as("common_platforms"),
            coalesce(array_contains(col("a_partners"), col("force_b")), lit(false))
                .or(coalesce(array_contains(col("b_partners"), col("force_a")), lit(false))).as("declared_link"));
  }

  /** The network of the forces on the code's capabilities, from the usable inventory. */
  public static Network measure(Dataset<Row> inventory, NetworkCode code, List<String> forceCodes) {
    if (code.capabilities().isEmpty()) {
      return Network.NONE;
    }
    List<String> forces = forceCodes.stream().sorted().toList();
    Dataset<Row> profiles = profiles(inventory, code.capabilities()).cache();
    try {
      Map<String, Integer> systems = new HashMap<>();
      for (Row r : profiles.select("capability", "force_code", "systems").collectAsList()) {
        systems.put(r.getString(0) + "|" + r.getString(1), (int) r.getLong(2));
      }
      List<InteropPair> pairs = new ArrayList<>();
      for (Row r : pairs(profiles, forces, code.capabilities()).orderBy("capability", "force_a", "force_b").collectAsList()) {
        pairs.add(new InteropPair(r.getString(0), r.getString(1), r.getString(2), r.getList(3), r.getList(4),
            r.getBoolean(5)));
      }
      List<InteropPair> ordered = new ArrayList<>();
      for (Capability c : code.capabilities()) {
        pairs.stream().filter(p -> p.capabilityId().equals(c.id())).forEach(ordered::add);
      }
      return Network.of(code.capabilities(), forces, ordered, systems);
    } finally {
      profiles.unpersist();
    }
  }
}
