package uk.inspectorate.interop.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.results.Comparison;
import uk.inspectorate.interop.results.LastYear;

/** Last year's publication read back by its typed columns and matched to this year's code. */
class LastYearReaderTest {
  @TempDir
  Path dir;

  static NetworkCode editions() throws Exception {
    return CodeLoader.parse("editions.yaml", """
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
  }

  private Path publication(String requirements) throws IOException {
    Path csv = Files.createDirectories(dir.resolve("2025/csv"));
    Files.writeString(csv.resolve("force_scores.csv"),
        "force_code,overall_score,maturity_level,level_name\r\nF,0.5,1,Initial\r\n");
    Files.writeString(csv.resolve("domain_scores.csv"), "force_code,domain_id,score\r\nF,DAT,0.5\r\nG,DAT,\r\n");
    Files.writeString(csv.resolve("requirement_results.csv"), requirements);
    return dir.resolve("2025");
  }

  @Test
  void lastYearsScoresFollowReplacesBeforeIds() throws Exception {
    // a publication made before methods were compared: no method or parameters columns
    Path year = publication("force_code,requirement_id,score\r\nF,OLD-1,0.1\r\nF,OLD-2,0.9\r\nF,DAT-03,0.3\r\n");
    LastYear last = LastYearReader.read(year, 2025, editions(), "test").orElseThrow();
    // the merger takes the mean of what it replaces; old DAT-03 continues in DAT-02, not in the new DAT-03
    assertThat(last.requirementScore("F", "DAT-01")).isEqualTo(0.5);
    assertThat(last.requirementScore("F", "DAT-02")).isEqualTo(0.3);
    assertThat(last.requirementScore("F", "DAT-03")).isNull();
    NetworkCode code = editions();
    assertThat(last.comparison(code.requirements().toList().get(2))).isEqualTo(Comparison.NEW);
    assertThat(last.comparison(code.requirements().toList().get(0))).isEqualTo(Comparison.COMPARABLE);
    assertThat(last.force("F").orElseThrow().levelName()).isEqualTo("Initial");
    assertThat(last.domainScore("F", "DAT")).isEqualTo(0.5);
    assertThat(last.domainScore("G", "DAT")).as("an empty score is no score").isNull();
  }

  @Test
  void aThresholdChangedSinceLastYearIsNotCompared() throws Exception {
    Path year = publication("force_code,requirement_id,score,method,parameters\r\n"
        + "F,DAT-03,0.3,threshold,met=0.9; partial=0.5\r\nF,OLD-1,1,boolean,\r\n");
    LastYear last = LastYearReader.read(year, 2025, editions(), "test").orElseThrow();
    NetworkCode code = editions();
    assertThat(last.comparison(code.requirements().toList().get(1))).isEqualTo(Comparison.METHOD_CHANGED);
    assertThat(last.comparison(code.requirements().toList().get(0))).isEqualTo(Comparison.COMPARABLE);
  }

  @Test
  void aYearNotPublishedIsNoLastYear() throws Exception {
    assertThat(LastYearReader.read(dir.resolve("2024"), 2024, editions(), "test")).isEmpty();
  }

  @Test
  void aDamagedPublicationNamesItsFileRecordAndColumn() throws Exception {
    Path year = publication("force_code,requirement_id,score\r\nF,OLD-1,high\r\n");
    assertThatThrownBy(() -> LastYearReader.read(year, 2025, editions(), "test"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("requirement_results.csv record 1, column score: 'high' is not a double");
    Files.writeString(year.resolve("csv/force_scores.csv"), "force_code,overall_score,level_name\r\nF,0.5,Initial\r\n");
    assertThatThrownBy(() -> LastYearReader.read(year, 2025, editions(), "test"))
        .hasMessageEndingWith("force_scores.csv has no column maturity_level");
    Files.writeString(year.resolve("csv/force_scores.csv"),
        "force_code,overall_score,maturity_level,level_name\r\nF,,1,Initial\r\n");
    assertThatThrownBy(() -> LastYearReader.read(year, 2025, editions(), "test"))
        .hasMessageEndingWith("force_scores.csv record 1: overall_score is empty");
  }
}
