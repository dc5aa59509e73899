package uk.inspectorate.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;

/** One rounding rule for every number a reader sees, unique table headers, and trends through replaces. */
class ShownTest {
  @TempDir
  Path dir;

  @Test
  void wholePercentagesRoundFromTheTenthTheCellsShow() {
    // 0.575 is 0.57499999... in binary; the cell shows 57.5%, so every sentence says 58%
    assertThat(Shown.percent(0.575)).isEqualTo("58%");
    assertThat(Findings.percent(0.575)).isEqualTo("58%");
    assertThat(Findings.points(-0.015)).isEqualTo("\u22122 points");
    assertThat(Shown.difference(-0.0004)).isEqualTo(0.0).hasToString("0.0");
    assertThat(Shown.difference(-0.0006)).isEqualTo(-0.001);
  }

  @Test
  void tableHeadersAreMadeUniqueAndNeverEmpty() {
    assertThat(SheetWriter.unique(List.of("Force", "Overall score", "overall score", "", "Overall score")))
        .containsExactly("Force", "Overall score", "overall score (2)", "Column 4", "Overall score (3)");
  }

  @Test
  void lastYearsScoresFollowReplacesBeforeIds() throws Exception {
    NetworkCode code = CodeLoader.parse("editions.yaml", """
        code: c
        version: "2"
        levels:
          - {level: 1, name: Initial, min_score: 0}
        domains:
          - id: DAT
            title: Data
            requirements:
              - id: DAT-01
                title: Merged
                replaces: [OLD-1, OLD-2]
                evidence: {source: indicators, measure: "max(value)"}
                scoring: {method: boolean}
              - id: DAT-02
                title: Renumbered
                replaces: [DAT-03]
                evidence: {source: indicators, measure: "max(value)"}
                scoring: {method: boolean}
              - id: DAT-03
                title: New
                evidence: {source: indicators, measure: "max(value)"}
                scoring: {method: boolean}
        """);
    Path csv = Files.createDirectories(dir.resolve("2025/csv"));
    Files.writeString(csv.resolve("force_scores.csv"), "force_code,overall_score,maturity_level,level_name\r\nF,0.5,1,Initial\r\n");
    Files.writeString(csv.resolve("domain_scores.csv"), "force_code,domain_id,score\r\nF,DAT,0.5\r\n");
    Files.writeString(csv.resolve("requirement_results.csv"), "force_code,requirement_id,score\r\n"
        + "F,OLD-1,0.1\r\nF,OLD-2,0.9\r\nF,DAT-03,0.3\r\n");
    PreviousYear last = PreviousYear.read(dir.resolve("2025"), 2025, code, "test").orElseThrow();
    // the merger takes the mean of what it replaces; old DAT-03 continues in DAT-02, not in the new DAT-03
    assertThat(last.requirementScores()).isEqualTo(Map.of("F|DAT-01", 0.5, "F|DAT-02", 0.3));
  }

  @Test
  void aYearWithNoFallSaysNothingOfTheLargestFall() throws IOException {
    Assessment a = Fixtures.smallAssessment();
    PreviousYear last = new PreviousYear(2024, "test", Map.of(Fixtures.ALPHA, 0.9, Fixtures.FORMULA_FORCE, 0.4),
        Map.of(), Map.of(), Map.of(), Map.of());
    Assessment both = new Assessment(a.year(), a.asOf(), a.code(), a.forces(), a.scores(), a.dataQuality(), a.marking(),
        a.provisional(), last);
    assertThat(new Findings(both).headlines()).contains(
        "2 of 2 forces improved on 2024 by more than half a point, 0 fell back; the largest rise was"
            + " =HYPERLINK(\"x\") (+10 points).");
  }
}
