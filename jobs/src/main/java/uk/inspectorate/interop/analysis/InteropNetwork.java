package uk.inspectorate.interop.analysis;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import uk.inspectorate.interop.code.Capability;
import uk.inspectorate.interop.code.NetworkCode;

/**
 * Which forces can exchange data with which, on each capability the code names, computed in Spark
 * from the inventory. Each force's profile on each capability (the exchange standards its systems
 * support, the platforms they run, the forces they declare as sharing partners) is a set of
 * aggregates that join the inventory's one aggregation by force, so the inventory is still read
 * once; a join of the profiles with every pair of forces gives the pairs. Only the profiles
 * (forces times capabilities) and the pairs (forces squared times capabilities) reach the driver,
 * where reach and clusters follow.
 */
public final class InteropNetwork {
  private static final StructType PROFILE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("capability", DataTypes.StringType, false),
      DataTypes.createStructField("force_code", DataTypes.StringType, false),
      DataTypes.createStructField("standards", DataTypes.createArrayType(DataTypes.StringType), false),
      DataTypes.createStructField("platforms", DataTypes.createArrayType(DataTypes.StringType), false),
      DataTypes.createStructField("partners", DataTypes.createArrayType(DataTypes.StringType), false)));

  private static final String NO_STRINGS = "cast(array() as array<string>)";

  /** A vendor's product, unless the vendor is missing or the system is an in-house build. */
  private static final String PLATFORM = "CASE WHEN trim(coalesce(vendor, '')) <> '' AND lower(trim(vendor)) <> 'in-house'"
      + " THEN concat_ws(' ', trim(vendor), trim(product)) END";

  private InteropNetwork() {}

  /**
   * The profile of a force on each capability, as aggregates over its inventory rows: for
   * capability i, {@code c<i>_systems}, {@code c<i>_standards}, {@code c<i>_platforms} and
   * {@code c<i>_partners}, each counting only the rows the capability's {@code where} keeps.
   */
  public static List<Column> aggregates(List<Capability> capabilities) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < capabilities.size(); i++) {
      Capability c = capabilities.get(i);
      String filter = " FILTER (WHERE " + c.where() + "\n)";
      String standards = c.standards().isEmpty() ? NO_STRINGS
          : "array(" + String.join(", ", c.standards().stream().map(s -> "'" + s.replace("'", "''") + "'").toList()) + ")";
      columns.add(expr("count(1)" + filter).as("c" + i + "_systems"));
      columns.add(expr("array_sort(array_distinct(flatten(collect_list(array_intersect(coalesce(standards, " + NO_STRINGS
          + "), " + standards + "))" + filter + ")))").as("c" + i + "_standards"));
      columns.add((c.platforms() ? expr("array_sort(collect_set(" + PLATFORM + ")" + filter + ")") : expr(NO_STRINGS))
          .as("c" + i + "_platforms"));
      columns.add(expr("array_sort(array_distinct(flatten(collect_list(coalesce(sharing_partners, " + NO_STRINGS + "))"
          + filter + ")))").as("c" + i + "_partners"));
    }
    return columns;
  }

  /**
   * Every pair of the given forces on every capability, as a Spark plan: common standards,
   * common platforms and a declared link in either direction. Forces with no system for a
   * capability have nothing in common with anyone on it.
   */
  static Dataset<Row> pairs(Dataset<Row> profiles, List<String> forceCodes, List<Capability> capabilities) {
    SparkSession spark = profiles.sparkSession();
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
    Column empty = expr(NO_STRINGS);
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

  /**
   * The network from the inventory's aggregation by force (collected rows holding the
   * {@link #aggregates} columns): the profiles go back to Spark, small, to be joined into pairs.
   */
  public static Network fromAggregates(SparkSession spark, List<Row> aggregated, NetworkCode code, List<String> forceCodes) {
    List<Capability> capabilities = code.capabilities();
    if (capabilities.isEmpty()) {
      return Network.NONE;
    }
    List<String> forces = forceCodes.stream().sorted().toList();
    Map<String, Integer> systems = new HashMap<>();
    List<Row> profiles = new ArrayList<>();
    for (Row row : aggregated) {
      String force = row.getString(row.fieldIndex("force_code"));
      for (int i = 0; i < capabilities.size(); i++) {
        long n = row.getLong(row.fieldIndex("c" + i + "_systems"));
        if (n == 0) {
          continue;
        }
        systems.put(capabilities.get(i).id() + "|" + force, (int) n);
        profiles.add(RowFactory.create(capabilities.get(i).id(), force,
            row.getList(row.fieldIndex("c" + i + "_standards")).toArray(String[]::new),
            row.getList(row.fieldIndex("c" + i + "_platforms")).toArray(String[]::new),
            row.getList(row.fieldIndex("c" + i + "_partners")).toArray(String[]::new)));
      }
    }
    List<InteropPair> pairs = new ArrayList<>();
    for (Row r : pairs(spark.createDataFrame(profiles, PROFILE), forces, capabilities)
        .orderBy("capability", "force_a", "force_b").collectAsList()) {
      pairs.add(new InteropPair(r.getString(0), r.getString(1), r.getString(2), r.getList(3), r.getList(4),
          r.getBoolean(5)));
    }
    List<InteropPair> ordered = new ArrayList<>();
    for (Capability c : capabilities) {
      pairs.stream().filter(p -> p.capabilityId().equals(c.id())).forEach(ordered::add);
    }
    return Network.of(capabilities, forces, ordered, systems);
  }

  /** The network of the forces on the code's capabilities, from an inventory of its own. */
  public static Network measure(Dataset<Row> inventory, NetworkCode code, List<String> forceCodes) {
    if (code.capabilities().isEmpty()) {
      return Network.NONE;
    }
    List<Column> aggregates = aggregates(code.capabilities());
    List<Row> aggregated = inventory.groupBy(col("force_code"))
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new)).collectAsList();
    return fromAggregates(inventory.sparkSession(), aggregated, code, forceCodes);
  }
}
