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
    assertThat(measure("count(1) * 0 + length(IDENTIFIER('java_method')('java.lang.System', 'getProperty', 'java.home'))"))
        .singleElement().asString().contains("uses IDENTIFIER(...), which names a function or column at run time");
    assertThat(measure("max(:limit)")).singleElement().asString().contains("uses a query parameter");
  }

  @Test
  void awkwardButLegalMeasuresFoldIntoSqlThatParses() {
    for (String[] c : new String[][] {
        {"avg(users) IGNORE NULLS", "users > 1 -- big ones"},
        {"count_if(vendor = '\uD83D\uDE00') + avg(users)", "category = 'radio'"},
        {"avg(users * 1.0BD) + max(users) * 2.", "sso"},
        {"max(if(product = 'a)b', 1.0, 0.0)) + count(DISTINCT vendor)", "vendor <> ')'"},
        {"mode() WITHIN GROUP (ORDER BY users)", "users > 0"}}) {
      assertThat(SqlExpressions.checkFolded(c[0], c[1])).as(c[0]).isEmpty();
    }
    assertThat(SqlExpressions.foldWhere("avg(users) IGNORE NULLS", "sso"))
        .isEqualTo("avg(users) FILTER (WHERE (sso\n)) IGNORE NULLS");
    assertThat(SqlExpressions.foldWhere("avg(users * 1.0BD) + max(users) * 2.", null))
        .isEqualTo("avg(users * 1.0BD) + max(users) * 2.D");
  }

  @Test
  void whereIsFoldedIntoEveryAggregate() {
    String folded = SqlExpressions.foldWhere("sum(users) / count(1)", "category = 'radio'");
    assertThat(folded).isEqualTo(
        "sum(users) FILTER (WHERE (category = 'radio'\n)) / count(1) FILTER (WHERE (category = 'radio'\n))");
    assertThat(SqlExpressions.foldWhere("max(users)", null)).isEqualTo("max(users)");
    assertThat(SqlExpressions.foldWhere("avg(if(sso, 1.0, 0))", "users > 1.5"))
        .isEqualTo("avg(if(sso, 1.0D, 0)) FILTER (WHERE (users > 1.5\n))");
    assertThat(SqlExpressions.evidenceCount("category = 'radio'")).isEqualTo("count_if(category = 'radio'\n)");
    // a where that ends in a comment still closes its count
    assertThat(SqlExpressions.checkFolded("count_if(end_of_support <= as_of)", "asset_class = 'application' -- apps only"))
        .isEmpty();
  }

  @Test
  void aYearOnRenamesTheDateColumnButNotTextThatLooksLikeIt() {
    String measure = "avg(if(end_of_support > AS_OF AND product <> 'as_of' /* as_of */, 1.0, 0.0)) + count_if(`as_of` IS NULL)";
    assertThat(SqlExpressions.namesColumn(measure, "as_of")).isTrue();
    assertThat(SqlExpressions.renameColumn(measure, "as_of", "as_of_next"))
        .isEqualTo("avg(if(end_of_support > as_of_next AND product <> 'as_of' /* as_of */, 1.0, 0.0)) + count_if(as_of_next IS NULL)");
    assertThat(SqlExpressions.namesColumn("avg(if(open_api, 1.0, 0.0))", "as_of")).isFalse();
  }

  @Test
  void distinctAggregatesAreRefusedBecauseTheyBreakTheOnePass() {
    assertThat(SqlExpressions.checkMeasure("count(DISTINCT vendor)", Source.INVENTORY))
        .extracting(SqlExpressions.ExpressionProblem::message).singleElement().asString()
        .startsWith("uses count(DISTINCT ...), which needs a second aggregation over the source");
    assertThat(SqlExpressions.checkMeasure("approx_count_distinct(vendor)", Source.INVENTORY)).isEmpty();
  }
}
