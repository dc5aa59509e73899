package uk.inspectorate.interop.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Weights and scales the scoring cannot use are refused when the code is loaded, each with the
 * requirement's place and line, before any data is read.
 */
class ScoringRuleLoadingTest {

  private static final String requirementsWeightedZeroAndBelow = """
      code: weights
      version: "1"
      levels:
        - {level: 1, name: Initial, min_score: 0}
      domains:
        - id: DAT
          title: Data
          requirements:
            - id: DAT-01
              title: Weighted nothing
              weight: 0
              evidence: {source: inventory, measure: "avg(if(open_api, 1.0, 0.0))"}
              scoring: {method: boolean}
            - id: DAT-02
              title: Weighted against
              weight: -1.5
              evidence: {source: inventory, measure: "avg(if(open_api, 1.0, 0.0))"}
              scoring: {method: boolean}
            - id: DAT-03
              title: Weighted fine
              weight: 2
              evidence: {source: inventory, measure: "avg(if(open_api, 1.0, 0.0))"}
              scoring: {method: boolean}
      """;

  @Test
  void aRequirementWeightedZeroOrBelowIsRefusedWithItsPlaceAndLine() {
    assertThatThrownBy(() -> CodeLoader.parse("weights.yaml", requirementsWeightedZeroAndBelow))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessage("""
            Cannot use the network code weights.yaml: 2 problems
              - line 11 (domains[0].requirements[0].weight): must be greater than 0, found 0.0; \
            remove a requirement instead of weighting it 0
              - line 16 (domains[0].requirements[1].weight): must be greater than 0, found -1.5; \
            remove a requirement instead of weighting it 0""")
        .satisfies(e -> assertThat(((InvalidCodeException) e).problems())
            .extracting(CodeProblem::line, CodeProblem::path)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(11, "domains[0].requirements[0].weight"),
                org.assertj.core.groups.Tuple.tuple(16, "domains[0].requirements[1].weight")));
  }

  @Test
  void aPositiveFractionalRequirementWeightIsAccepted() throws Exception {
    NetworkCode code = CodeLoader.parse("weights.yaml", requirementsWeightedZeroAndBelow
        .replace("weight: 0\n", "weight: 0.25\n").replace("weight: -1.5", "weight: 1e-3"));
    assertThat(code.requirements().map(Requirement::weight).toList()).containsExactly(0.25, 0.001, 2.0);
  }

  private static String logGoalpostsFrom(String min) {
    return """
        code: logs
        version: "1"
        levels:
          - {level: 1, name: Initial, min_score: 0}
        domains:
          - id: NET
            title: Network
            requirements:
              - id: NET-01
                title: Users reached
                evidence: {source: inventory, measure: "avg(if(open_api, 1.0, 0.0))"}
                scoring:
                  method: goalposts
                  min: %s
                  max: 100000
                  transform: log10
        """.formatted(min);
  }

  @Test
  void log10GoalpostsFromZeroAreRefusedWithTheLineOfMin() {
    assertThatThrownBy(() -> CodeLoader.parse("logs.yaml", logGoalpostsFrom("0")))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessage("""
            Cannot use the network code logs.yaml: 1 problem
              - line 14 (domains[0].requirements[0].scoring.min): the log10 transform needs min above 0 \
            (log of zero or less is undefined), found 0.0""");
  }

  @Test
  void log10GoalpostsFromBelowZeroAreRefusedToo() {
    assertThatThrownBy(() -> CodeLoader.parse("logs.yaml", logGoalpostsFrom("-10")))
        .hasMessageContaining("line 14 (domains[0].requirements[0].scoring.min): the log10 transform needs min above 0 "
            + "(log of zero or less is undefined), found -10.0");
  }

  @Test
  void log10LinearBoundsFromZeroAreRefusedLikeGoalposts() {
    String linear = logGoalpostsFrom("0").replace("method: goalposts", "method: linear");
    assertThatThrownBy(() -> CodeLoader.parse("logs.yaml", linear))
        .hasMessageContaining("line 14 (domains[0].requirements[0].scoring.min): the log10 transform needs min above 0");
  }

  @Test
  void log10GoalpostsFromAPositiveMinLoadAsALogScale() throws Exception {
    ScoringRule rule = CodeLoader.parse("logs.yaml", logGoalpostsFrom("1")).requirements().findFirst().orElseThrow().scoring();
    assertThat(rule).isEqualTo(new ScoringRule(ScoringMethod.GOALPOSTS, null, null, 1.0, 100000.0, true, false));
    assertThat(rule.parameters()).isEqualTo("min=1; max=100000; transform=log10");
  }

  @Test
  void everyProblemOfTheScoringIsReportedAtOnce() {
    String both = requirementsWeightedZeroAndBelow.replace("weight: -1.5", "weight: 1")
        .replace("        scoring: {method: boolean}\n      - id: DAT-03",
            "        scoring: {method: goalposts, min: 0, max: 10, transform: log10}\n      - id: DAT-03");
    assertThatThrownBy(() -> CodeLoader.parse("both.yaml", both))
        .isInstanceOf(InvalidCodeException.class)
        .satisfies(e -> assertThat(((InvalidCodeException) e).problems()).map(CodeProblem::toString).containsExactly(
            "line 11 (domains[0].requirements[0].weight): must be greater than 0, found 0.0; "
                + "remove a requirement instead of weighting it 0",
            "line 18 (domains[0].requirements[1].scoring.min): the log10 transform needs min above 0 "
                + "(log of zero or less is undefined), found 0.0"));
  }
}
