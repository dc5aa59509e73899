package uk.inspectorate.interop.score;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
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

  /** The aggregation over the source's usable rows: one row a force. A pure transform. */
  public Dataset<Row> aggregate(Dataset<Row> usable, LocalDate asOf) {
    Dataset<Row> rows = usable.withColumn(Source.AS_OF, lit(java.sql.Date.valueOf(asOf)));
    List<Column> aggregates = new ArrayList<>();
    for (int i = 0; i < requirements.size(); i++) {
      Requirement r = requirements.get(i);
      String measure = SqlExpressions.foldWhere(r.evidence().measure(), r.evidence().where());
      aggregates.add(expr(measure).as(measureColumn(i)));
      aggregates.add(expr(SqlExpressions.evidenceCount(r.evidence().where())).cast(DataTypes.LongType).as(countColumn(i)));
    }
    for (int i = 0; i < crossCheckQuestions.size(); i++) {
      aggregates.add(expr("max(value) FILTER (WHERE question_id = '" + crossCheckQuestions.get(i).replace("'", "''") + "')")
          .as(answerColumn(i)));
    }
    Column first = aggregates.get(0);
    Column[] rest = aggregates.subList(1, aggregates.size()).toArray(Column[]::new);
    Dataset<Row> aggregated = rows.groupBy(col("force_code")).agg(first, rest);
    checkNumeric(aggregated);
    List<Column> typed = new ArrayList<>();
    for (String name : aggregated.columns()) {
      typed.add(name.startsWith("m_") ? col(name).cast(DataTypes.DoubleType).as(name) : col(name));
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

  /** Reads the collected aggregation into measures and answers keyed by force. */
  public void collectInto(List<Row> aggregated, Map<String, MeasuredEvidence> evidence, Map<String, Double> answers) {
    for (Row row : aggregated) {
      String force = row.getString(row.fieldIndex("force_code"));
      for (int i = 0; i < requirements.size(); i++) {
        Object value = row.get(row.fieldIndex(measureColumn(i)));
        Object count = row.get(row.fieldIndex(countColumn(i)));
        String id = requirements.get(i).id();
        evidence.put(Scorer.key(force, id), new MeasuredEvidence(force, id,
            value == null ? null : ((Number) value).doubleValue(), count == null ? 0 : ((Number) count).longValue()));
      }
      for (int i = 0; i < crossCheckQuestions.size(); i++) {
        Object value = row.get(row.fieldIndex(answerColumn(i)));
        if (value != null) {
          answers.put(Scorer.key(force, crossCheckQuestions.get(i)), ((Number) value).doubleValue());
        }
      }
    }
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
