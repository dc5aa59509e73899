package uk.inspectorate.interop.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlExpressionsTest {

  private static List<String> measure(String text) {
    return SqlExpressions.checkMeasure(text, Source.INVENTORY).stream().map(SqlExpressions.ExpressionProblem::message).toList();
  }

  @Test
  void ordinaryMeasuresPass() {
    assertThat(measure("avg(if(array_contains(standards, 'POLE'), 1.0, 0.0))")).isEmpty();
    assertThat(measure("count_if(exists(national_links, s -> s = 'LEDS')) / count(1)")).isEmpty();
    assertThat(measure("avg(if(end_of_support > as_of, 1.0, 0.0))")).isEmpty();
  }

  @Test
  void dangerousOrMeaninglessMeasuresAreRefusedWithAReason() {
    assertThat(measure("max(java_method('java.lang.System', 'exit', 0))")).singleElement().asString()
        .contains("uses java_method(), which is refused");
    assertThat(measure("max((select 1))")).singleElement().asString().contains("subquery");
    assertThat(measure("sum(users) over ()")).singleElement().asString().contains("window function");
    assertThat(measure("avg(colour)")).singleElement().asString()
        .contains("names the column 'colour', which the inventory source does not have");
    assertThat(measure("users")).singleElement().asString().contains("outside an aggregate");
    assertThat(measure("1.0")).singleElement().asString().contains("must aggregate");
    assertThat(measure("avg(avg(users))")).singleElement().asString().contains("nests the aggregate");
    assertThat(measure("avg(users +")).singleElement().asString().startsWith("does not parse as Spark SQL");
    assertThat(measure("max(my_udf(users))")).singleElement().asString().contains("not on the allow-list");
  }

  @Test
  void whereIsFoldedIntoEveryAggregate() {
    String folded = SqlExpressions.foldWhere("sum(users) / count(1)", "category = 'radio'");
    assertThat(folded).isEqualTo(
        "sum(users) FILTER (WHERE (category = 'radio')) / count(1) FILTER (WHERE (category = 'radio'))");
    assertThat(SqlExpressions.foldWhere("max(users)", null)).isEqualTo("max(users)");
    assertThat(SqlExpressions.foldWhere("avg(if(sso, 1.0, 0))", "users > 1.5"))
        .isEqualTo("avg(if(sso, 1.0D, 0)) FILTER (WHERE (users > 1.5))");
    assertThat(SqlExpressions.evidenceCount("category = 'radio'")).isEqualTo("count_if(category = 'radio')");
  }
}
