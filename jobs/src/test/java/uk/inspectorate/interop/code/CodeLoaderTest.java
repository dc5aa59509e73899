package uk.inspectorate.interop.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeLoaderTest {

  private static final String MINIMAL = """
      code: test-code
      version: "1"
      levels:
        - {level: 1, name: Initial, min_score: 0}
        - {level: 2, name: Defined, min_score: 0.5, min_domain_score: 0.3}
      questions:
        - {id: Q1, type: likert_0_4, text: "How far?"}
      domains:
        - id: DAT
          title: Data
          weight: 2
          requirements:
            - id: DAT-01
              title: POLE records
              evidence:
                source: inventory
                where: "category = 'records_management'"
                measure: "avg(if(array_contains(standards, 'POLE'), 1.0, 0.0))"
              scoring: {method: threshold, met: 0.9, partial: 0.5}
              cross_check: {question: Q1}
      """;

  @Test
  void sampleCodeFileLoads() throws Exception {
    NetworkCode code = CodeLoader.load(Path.of("../data-samples/network-code.yaml"));
    assertThat(code.label()).isEqualTo("police-ict-network-code 1.0-draft");
    assertThat(code.domains()).hasSizeBetween(6, 8);
    assertThat(code.requirements().count()).isBetween(30L, 40L);
    assertThat(code.sourcesUsed()).containsExactly(Source.INVENTORY, Source.RETURNS, Source.WORKFORCE, Source.INDICATORS);
    // every scoring method, the log scale, lower-is-better and every missing policy are in use
    assertThat(code.requirements().map(r -> r.scoring().method()).distinct()).containsExactlyInAnyOrder(ScoringMethod.values());
    assertThat(code.requirements().anyMatch(r -> r.scoring().log10() && r.scoring().lowerIsBetter())).isTrue();
    assertThat(code.requirements().map(Requirement::missing).distinct()).containsExactlyInAnyOrder(MissingPolicy.values());
    assertThat(code.requirements().filter(r -> r.crossCheckQuestion() != null).count()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void capabilitiesAreReadAndEveryMistakeInThemReportedWithItsLine() throws Exception {
    NetworkCode sample = CodeLoader.load(Path.of("../data-samples/network-code.yaml"));
    assertThat(sample.capabilities()).extracting(Capability::id)
        .containsExactly("records", "intelligence", "evidence", "command-control", "identity");
    assertThat(sample.capabilities().get(0).platforms()).isFalse();
    assertThat(sample.capabilities().get(1).standards()).containsExactly("POLE", "NIEM");
    String broken = MINIMAL + """
        capabilities:
          - {id: records, title: Records, where: "colour = 'red'"}
          - {id: records, title: Again, where: "reflect('java.lang.System', 'exit', 1) = 0"}
          - {id: command, title: Command, where: "category = 'command_control'", platforms: sometimes}
        """;
    assertThatThrownBy(() -> CodeLoader.parse("capabilities.yaml", broken))
        .isInstanceOf(InvalidCodeException.class)
        .satisfies(e -> {
          List<String> problems = ((InvalidCodeException) e).problems().stream().map(CodeProblem::toString).toList();
          assertThat(problems).hasSize(4);
          assertThat(problems).anyMatch(p -> p.contains("(capabilities[0].where)") && p.contains("colour"));
          assertThat(problems).anyMatch(p -> p.contains("(capabilities[1].id): duplicate capability id 'records'"));
          assertThat(problems).anyMatch(p -> p.contains("(capabilities[1].where)") && p.contains("reflect"));
          assertThat(problems).anyMatch(p -> p.contains("(capabilities[2].platforms): must be true or false"));
        });
  }

  @Test
  void minimalCodeIsReadIntoRecords() throws Exception {
    NetworkCode code = CodeLoader.parse("minimal.yaml", MINIMAL);
    Requirement r = code.requirements().findFirst().orElseThrow();
    assertThat(r.domainId()).isEqualTo("DAT");
    assertThat(r.weight()).isEqualTo(1.0);
    assertThat(r.missing()).isEqualTo(MissingPolicy.NOT_MET);
    assertThat(r.crossCheckQuestion()).isEqualTo("Q1");
    assertThat(r.scoring().parameters()).isEqualTo("met=0.9; partial=0.5");
    assertThat(code.levels().get(1).minDomainScore()).isEqualTo(0.3);
  }

  @Test
  void brokenCodeReportsEveryProblemWithItsLine() {
    String broken = MINIMAL
        .replace("weight: 2", "weight: 0")
        .replace("min_score: 0.5", "min_score: 0")
        .replace("method: threshold", "method: minmax")
        .replace("cross_check: {question: Q1}", "cross_check: {question: Q9}\n        colour: red");
    assertThatThrownBy(() -> CodeLoader.parse("broken.yaml", broken))
        .isInstanceOf(InvalidCodeException.class)
        .satisfies(e -> {
          List<String> problems = ((InvalidCodeException) e).problems().stream().map(CodeProblem::toString).toList();
          assertThat(problems).containsExactlyInAnyOrder(
              "line 5 (levels[1].min_score): must be higher than the level below (0.0), found 0.0",
              "line 11 (domains[0].weight): must be greater than 0, found 0.0; remove a requirement instead of weighting it 0",
              "line 19 (domains[0].requirements[0].scoring.method): unknown scoring method 'minmax'; expected one of [threshold, boolean, linear, goalposts]",
              "line 20 (domains[0].requirements[0].cross_check.question): cites question 'Q9', which the code's questions do not have",
              "line 21 (domains[0].requirements[0].colour): unknown key 'colour'; expected one of [id, title, weight, replaces, evidence, scoring, cross_check, missing]");
          assertThat(e.getMessage()).startsWith("Cannot use the network code broken.yaml: 5 problems");
        });
  }

  @Test
  void measuresThatReachOutsideSqlAreRefused() {
    String unsafe = MINIMAL.replace("avg(if(array_contains(standards, 'POLE'), 1.0, 0.0))",
        "max(reflect('java.lang.Runtime', 'getRuntime'))");
    assertThatThrownBy(() -> CodeLoader.parse("unsafe.yaml", unsafe))
        .hasMessageContaining("line 18 (domains[0].requirements[0].evidence.measure): uses reflect(), which is refused");
  }

  @Test
  void invalidYamlNamesTheLine() {
    assertThatThrownBy(() -> CodeLoader.parse("bad.yaml", "code: x\nversion: [1\nlevels: 2\n"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("is not valid YAML");
  }

  @Test
  void missingFileSaysWhatToDo() {
    assertThatThrownBy(() -> CodeLoader.load(Path.of("no/such/code.yaml")))
        .hasMessageContaining("Cannot use the network code no/such/code.yaml")
        .hasMessageContaining("the file does not exist; give the code file with --code");
  }

  @Test
  void explainSentencesMayUseOnlyKnownPlaceholdersInTheirUnit() throws Exception {
    String withUnits = MINIMAL.replace("1.0, 0.0))\"\n", "1.0, 0.0))\"\n          unit: days\n"
        + "          explain: \"{n} of {rows} systems ({value}) hold POLE data, {percent}\"\n");
    assertThatThrownBy(() -> CodeLoader.parse("units.yaml", withUnits))
        .isInstanceOf(InvalidCodeException.class)
        .satisfies(e -> assertThat(((InvalidCodeException) e).problems().stream().map(CodeProblem::toString).toList())
            .containsExactlyInAnyOrder(
                "line 20 (domains[0].requirements[0].evidence.explain): uses {n}, the rows a share counts, but the unit is days; {n} needs unit: share",
                "line 20 (domains[0].requirements[0].evidence.explain): has the placeholder {percent}, which is not one of [{value}, {rows}, {n}]"));
    NetworkCode ok = CodeLoader.parse("units.yaml", withUnits.replace("unit: days", "unit: share").replace(", {percent}", ""));
    assertThat(ok.requirements().findFirst().orElseThrow().evidence().unit()).isEqualTo(Unit.SHARE);
  }
}
