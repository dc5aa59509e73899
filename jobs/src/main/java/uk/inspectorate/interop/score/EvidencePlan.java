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
import org.apache.spark.sql.types.DataTypes;
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
      aggregates.add(expr(measure).cast(DataTypes.DoubleType).as(measureColumn(i)));
      aggregates.add(expr(SqlExpressions.evidenceCount(r.evidence().where())).cast(DataTypes.LongType).as(countColumn(i)));
    }
    for (int i = 0; i < crossCheckQuestions.size(); i++) {
      aggregates.add(expr("max(value) FILTER (WHERE question_id = '" + crossCheckQuestions.get(i).replace("'", "''") + "')")
          .as(answerColumn(i)));
    }
    Column first = aggregates.get(0);
    Column[] rest = aggregates.subList(1, aggregates.size()).toArray(Column[]::new);
    return rows.groupBy(col("force_code")).agg(first, rest);
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
