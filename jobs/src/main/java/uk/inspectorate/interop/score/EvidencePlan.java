package uk.inspectorate.interop.score;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;
import uk.inspectorate.interop.ConfigurationException;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.code.SqlExpressions;

/**
 * All the measures of one evidence source as a single aggregation: one {@code groupBy(force_code)}
 * whose columns are each requirement's measure, with its {@code where} folded into every
 * aggregate as a FILTER, and its evidence count. However many requirements read the source, it is
 * scanned once. The returns source also carries the self-reported answers that cross-checks need.
 */
public record EvidencePlan(Source source, List<Requirement> requirements, List<String> crossCheckQuestions) {

  public static EvidencePlan of(NetworkCode code, Source source) {
    List<Requirement> requirements = code.requirements().filter(r -> r.evidence().source() == source).toList();
    List<String> questions = source != Source.RETURNS ? List.of()
        : code.requirements().map(Requirement::crossCheckQuestion).filter(q -> q != null).distinct().sorted().toList();
    return new EvidencePlan(source, requirements, questions);
  }

  public boolean isEmpty() {
    return requirements.isEmpty() && crossCheckQuestions.isEmpty();
  }

  /** The assessment date a year on, a column the look-ahead reads in place of {@link Source#AS_OF}. */
  static final String AS_OF_NEXT = "as_of_next";

  /** Inventory rows out of support now or within the year: the lifecycle risks. */
  private static final String AT_RISK = "end_of_support <= " + AS_OF_NEXT;
  private static final String PASSING = "end_of_support > " + Source.AS_OF + " AND end_of_support <= " + AS_OF_NEXT;

  /**
   * The aggregation over the source's usable rows: one row a force. A pure transform. Besides each
   * measure and its evidence count, a requirement that reads {@code as_of} gets the same measure
   * with the date a year on, and (inventory) the systems behind it passing end of support in that
   * year; the inventory also lists its lifecycle risks. All in the same pass.
   */
  public Dataset<Row> aggregate(Dataset<Row> usable, LocalDate asOf) {
    return aggregate(usable, asOf, List.of());
  }

  /**
   * The same aggregation with more aggregates in the same pass, e.g. the interoperability
   * network's profile of each force; their columns pass through as they are.
   */
  public Dataset<Row> aggregate(Dataset<Row> usable, LocalDate asOf, List<Column> more) {
    Dataset<Row> rows = usable.withColumn(Source.AS_OF, lit(java.sql.Date.valueOf(asOf)))
        .withColumn(AS_OF_NEXT, lit(java.sql.Date.valueOf(asOf.plusYears(1))));
    List<Column> aggregates = new ArrayList<>();
    for (int i = 0; i < requirements.size(); i++) {
      Requirement r = requirements.get(i);
      String where = r.evidence().where();
      String measure = SqlExpressions.foldWhere(r.evidence().measure(), where);
      String count = SqlExpressions.evidenceCount(where);
      aggregates.add(expr(measure).as(measureColumn(i)));
      aggregates.add(expr(count).cast(DataTypes.LongType).as(countColumn(i)));
      if (r.evidence().usesAsOf()) {
        aggregates.add(expr(aYearOn(measure)).as(nextMeasureColumn(i)));
        aggregates.add(expr(aYearOn(count)).cast(DataTypes.LongType).as(nextCountColumn(i)));
        if (source == Source.INVENTORY) {
          String matches = where == null ? PASSING : "((" + where + "\n) OR (" + aYearOn(where) + "\n)) AND " + PASSING;
          aggregates.add(expr("array_sort(collect_list(asset_id) FILTER (WHERE " + matches + "))").as(leavingColumn(i)));
        }
      }
    }
    if (source == Source.INVENTORY) {
      aggregates.add(expr("array_sort(collect_list(struct(" + String.join(", ", RISK_FIELDS) + ", end_of_support > "
          + Source.AS_OF + " AS " + PASSES_WITHIN_YEAR + ")) FILTER (WHERE " + AT_RISK + "))").as(RISKS));
    }
    for (int i = 0; i < crossCheckQuestions.size(); i++) {
      aggregates.add(expr("max(value) FILTER (WHERE question_id = '" + crossCheckQuestions.get(i).replace("'", "''") + "')")
          .as(answerColumn(i)));
    }
    aggregates.addAll(more);
    Column first = aggregates.get(0);
    Column[] rest = aggregates.subList(1, aggregates.size()).toArray(Column[]::new);
    Dataset<Row> aggregated = rows.groupBy(col("force_code")).agg(first, rest);
    checkNumeric(aggregated);
    List<Column> typed = new ArrayList<>();
    for (String name : aggregated.columns()) {
      typed.add(name.startsWith("m_") || name.startsWith("x_") ? col(name).cast(DataTypes.DoubleType).as(name) : col(name));
    }
    return aggregated.select(typed.toArray(Column[]::new));
  }

  /**
   * Refuses, before any data is scanned, a measure whose value is not a number (a date, a text),
   * or that Spark cannot type (e.g. array_contains on a text column): it would otherwise give
   * no evidence for every force.
   */
  private void checkNumeric(Dataset<Row> aggregated) {
    StructType schema;
    try {
      schema = aggregated.schema();
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new ConfigurationException("Cannot compute the measures of the " + source.key() + " source: " + message
          + ". Check the measures and where clauses of " + requirements.stream().map(Requirement::id).toList() + ".");
    }
    for (int i = 0; i < requirements.size(); i++) {
      DataType type = schema.apply(measureColumn(i)).dataType();
      if (!(type instanceof NumericType) && !(type instanceof BooleanType)) {
        Requirement r = requirements.get(i);
        throw new ConfigurationException("Cannot score requirement " + r.id() + ": its measure \"" + r.evidence().measure()
            + "\" gives a " + type.simpleString() + ", not a number. A measure must be a number or true/false, "
            + "e.g. count_if(end_of_support > as_of) rather than max(end_of_support).");
      }
    }
  }

  /**
   * The inventory's columns a lifecycle risk lists, end of support first so that the risks sort
   * by it; read back from the struct by name.
   */
  private static final List<String> RISK_FIELDS = List.of("end_of_support", "asset_id", "category", "vendor",
      "product", "version");
  private static final String PASSES_WITHIN_YEAR = "passes_within_year";

  /** Everything the aggregations of an assessment's sources give, by force and requirement or question. */
  public record Collected(Map<ForceRequirement, MeasuredEvidence> evidence, Map<ForceQuestion, Double> answers,
      Map<ForceRequirement, MeasuredEvidence> nextYear, Map<ForceRequirement, List<String>> systemsLeaving,
      List<LifecycleRisk> lifecycleRisks) {
    public Collected() {
      this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>());
    }

    public Scorer.LookAhead lookAhead() {
      return new Scorer.LookAhead(nextYear, systemsLeaving);
    }
  }

  /** Reads the collected aggregation: measures now and a year on, answers, lifecycle risks. */
  public void collectInto(List<Row> aggregated, Collected into) {
    Map<ForceRequirement, MeasuredEvidence> evidence = into.evidence();
    Map<ForceQuestion, Double> answers = into.answers();
    for (Row row : aggregated) {
      String force = row.getString(row.fieldIndex("force_code"));
      for (int i = 0; i < requirements.size(); i++) {
        String id = requirements.get(i).id();
        ForceRequirement key = new ForceRequirement(force, id);
        evidence.put(key, measured(row, force, id, measureColumn(i), countColumn(i)));
        if (requirements.get(i).evidence().usesAsOf()) {
          into.nextYear().put(key, measured(row, force, id, nextMeasureColumn(i), nextCountColumn(i)));
          if (source == Source.INVENTORY) {
            into.systemsLeaving().put(key, row.getList(row.fieldIndex(leavingColumn(i))));
          }
        }
      }
      if (source == Source.INVENTORY) {
        for (Row risk : row.<Row>getList(row.fieldIndex(RISKS))) {
          into.lifecycleRisks().add(lifecycleRisk(force, risk, into.systemsLeaving()));
        }
      }
      for (int i = 0; i < crossCheckQuestions.size(); i++) {
        Object value = row.get(row.fieldIndex(answerColumn(i)));
        if (value != null) {
          answers.put(new ForceQuestion(force, crossCheckQuestions.get(i)), ((Number) value).doubleValue());
        }
      }
    }
  }

  /** A system at risk, from its struct, naming the requirements whose systems leaving support it is among. */
  private LifecycleRisk lifecycleRisk(String force, Row risk, Map<ForceRequirement, List<String>> systemsLeaving) {
    String asset = risk.getAs("asset_id");
    List<String> lowered = new ArrayList<>();
    for (Requirement requirement : requirements) {
      List<String> leaving = systemsLeaving.get(new ForceRequirement(force, requirement.id()));
      if (leaving != null && leaving.contains(asset)) {
        lowered.add(requirement.id());
      }
    }
    return new LifecycleRisk(force, asset, risk.getAs("category"), risk.getAs("vendor"), risk.getAs("product"),
        risk.getAs("version"), risk.<java.sql.Date>getAs("end_of_support").toLocalDate(),
        risk.<Boolean>getAs(PASSES_WITHIN_YEAR), lowered);
  }

  private static MeasuredEvidence measured(Row row, String force, String id, String valueColumn, String countColumn) {
    Object value = row.get(row.fieldIndex(valueColumn));
    Object count = row.get(row.fieldIndex(countColumn));
    return new MeasuredEvidence(force, id, value == null ? null : ((Number) value).doubleValue(),
        count == null ? 0 : ((Number) count).longValue());
  }

  /** An expression read a year on: {@code as_of} becomes the date a year later. */
  private static String aYearOn(String sql) {
    return SqlExpressions.renameColumn(sql, Source.AS_OF, AS_OF_NEXT);
  }

  private static final String RISKS = "lifecycle_risks";

  private static String nextMeasureColumn(int i) {
    return "x_" + i;
  }

  private static String nextCountColumn(int i) {
    return "y_" + i;
  }

  private static String leavingColumn(int i) {
    return "s_" + i;
  }

  private static String measureColumn(int i) {
    return "m_" + i;
  }

  private static String countColumn(int i) {
    return "n_" + i;
  }

  private static String answerColumn(int i) {
    return "a_" + i;
  }
}
