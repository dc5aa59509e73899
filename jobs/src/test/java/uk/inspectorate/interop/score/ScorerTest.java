package uk.inspectorate.interop.score;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectorate.interop.score.ScoresLookup.domain;
import static uk.inspectorate.interop.score.ScoresLookup.force;
import static uk.inspectorate.interop.score.ScoresLookup.put;
import static uk.inspectorate.interop.score.ScoresLookup.result;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.ingest.Force;

/** The whole roll-up on a two-domain code, with every number worked out by hand. */
class ScorerTest {
  static final String CODE = """
      code: hand
      version: "1"
      levels:
        - {level: 1, name: Initial, min_score: 0}
        - {level: 2, name: Developing, min_score: 0.4, min_domain_score: 0.2}
        - {level: 3, name: Defined, min_score: 0.7}
      questions:
        - {id: Q1, type: likert_0_4, text: "POLE?"}
      domains:
        - id: DAT
          title: Data
          weight: 2
          requirements:
            - id: DAT-01
              title: POLE
              weight: 3
              evidence: {source: inventory, where: "category = 'records_management'", measure: "avg(if(array_contains(standards, 'POLE'), 1.0, 0.0))"}
              scoring: {method: threshold, met: 0.9, partial: 0.5}
              cross_check: {question: Q1}
            - id: DAT-02
              title: APIs
              weight: 1
              evidence: {source: inventory, measure: "avg(if(open_api, 1.0, 0.0))"}
              scoring: {method: goalposts, min: 0.2, max: 0.8}
        - id: SHR
          title: Sharing
          weight: 1
          requirements:
            - id: SHR-01
              title: PND
              evidence: {source: inventory, measure: "max(if(array_contains(national_links, 'PND'), 1.0, 0.0))"}
              scoring: {method: boolean}
            - id: SHR-02
              title: Safeguarding
              evidence: {source: returns, where: "question_id = 'Q1'", measure: "max(value)"}
              scoring: {method: boolean}
              missing: exclude
      """;


  @Test
  void scoresRollUpByHand() throws Exception {
    NetworkCode code = CodeLoader.parse("hand.yaml", CODE);
    Force a = force("E23000001", "Alpha", "G1");
    Force b = force("E23000002", "Bravo", "G1");
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    // Alpha: DAT-01 0.95 met (1), DAT-02 0.5 -> (0.5-0.2)/0.6 = 0.5, SHR-01 met (1), SHR-02 no evidence (excluded)
    put(evidence, "E23000001", "DAT-01", 0.95, 20);
    put(evidence, "E23000001", "DAT-02", 0.5, 40);
    put(evidence, "E23000001", "SHR-01", 1.0, 40);
    // Bravo: DAT-01 0.6 partial (0.5), DAT-02 0.1 -> 0, SHR-01 not met (0), SHR-02 answered yes (1)
    put(evidence, "E23000002", "DAT-01", 0.6, 10);
    put(evidence, "E23000002", "DAT-02", 0.1, 30);
    put(evidence, "E23000002", "SHR-01", 0.0, 30);
    put(evidence, "E23000002", "SHR-02", 1.0, 1);
    // Bravo claims 4/4 POLE (1.0 -> met) while its evidence is partial: contradicted
    Map<ForceQuestion, Double> answers = Map.of(new ForceQuestion("E23000001", "Q1"), 4.0,
        new ForceQuestion("E23000002", "Q1"), 4.0);

    Scorer.Scores scores = Scorer.score(code, List.of(a, b), evidence, answers);

    // Alpha: DAT = (3*1 + 1*0.5)/4 = 0.875; SHR = 1 (SHR-02 excluded); overall = (2*0.875 + 1)/3
    assertThat(domain(scores, "E23000001", "DAT").score()).isCloseTo(0.875, within(1e-12));
    assertThat(domain(scores, "E23000001", "SHR").score()).isEqualTo(1.0);
    assertThat(domain(scores, "E23000001", "SHR").requirementsExcluded()).isEqualTo(1);
    ForceScore alpha = force(scores, "E23000001");
    assertThat(alpha.overallScore()).isCloseTo(2.75 / 3, within(1e-12));
    assertThat(alpha.levelName()).isEqualTo("Defined");
    assertThat(alpha.rank()).isEqualTo(1);

    // Bravo: DAT = (3*0.5 + 0)/4 = 0.375; SHR = (0 + 1)/2 = 0.5; overall = (0.75 + 0.5)/3 = 0.41667
    ForceScore bravo = force(scores, "E23000002");
    assertThat(bravo.overallScore()).isCloseTo(1.25 / 3, within(1e-12));
    assertThat(bravo.levelName()).isEqualTo("Developing");
    assertThat(bravo.rank()).isEqualTo(2);

    RequirementResult alphaShr02 = result(scores, "E23000001", "SHR-02");
    assertThat(alphaShr02.status()).isEqualTo(Status.NO_EVIDENCE);
    assertThat(alphaShr02.score()).isNull();
    assertThat(alphaShr02.reason()).isEqualTo("no returns rows match this requirement; left out of the domain score (missing: exclude)");

    RequirementResult bravoDat01 = result(scores, "E23000002", "DAT-01");
    assertThat(bravoDat01.status()).isEqualTo(Status.PARTIAL);
    assertThat(bravoDat01.reason()).isEqualTo("measured 0.6 from 10 rows; met needs 0.9, partial 0.5: partly met");
    assertThat(bravoDat01.crossCheck()).isEqualTo(CrossCheck.CONTRADICTED);
    assertThat(bravoDat01.selfReported()).isEqualTo(4.0);
    assertThat(result(scores, "E23000001", "DAT-01").crossCheck()).isEqualTo(CrossCheck.AGREES);
    assertThat(result(scores, "E23000002", "DAT-02").reason())
        .isEqualTo("measured 0.1 from 30 rows; scored 0 between goalposts 0.2 and 0.8 (below the bottom goalpost, so capped)");
  }

  @Test
  void aForcesScoresDoNotDependOnAnotherForcesEvidence() throws Exception {
    NetworkCode code = CodeLoader.parse("hand.yaml", CODE);
    Force a = force("E23000001", "Alpha", "G1");
    Force b = force("E23000002", "Bravo", "G1");
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "DAT-01", 0.95, 20);
    put(evidence, "E23000002", "DAT-01", 0.2, 20);
    double before = force(Scorer.score(code, List.of(a, b), evidence, Map.of()), "E23000001").overallScore();
    put(evidence, "E23000002", "DAT-01", 1.0, 20);
    put(evidence, "E23000002", "SHR-01", 1.0, 20);
    double after = force(Scorer.score(code, List.of(a, b), evidence, Map.of()), "E23000001").overallScore();
    assertThat(after).isEqualTo(before);
    // and the order forces are given in changes nothing
    assertThat(force(Scorer.score(code, List.of(b, a), evidence, Map.of()), "E23000001").overallScore()).isEqualTo(before);
  }

  @Test
  void peerMediansGapsAndQuartilesByHand() throws Exception {
    NetworkCode code = CodeLoader.parse("hand.yaml", CODE);
    // One boolean requirement met or not gives each force an overall score we choose:
    // DAT-01 threshold (weight 3 of 4 in DAT, DAT weight 2 of 3) drives it.
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"),
        force("E23000003", "Charlie", "G1"), force("E23000004", "Delta", "G2"), force("E23000005", "Echo", "G2"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    double[] dat01 = {0.95, 0.6, 0.1, 0.95, 0.1};
    for (int i = 0; i < forces.size(); i++) {
      put(evidence, forces.get(i).code(), "DAT-01", dat01[i], 10);
    }
    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());
    // DAT = 0.75 (met), 0.375 (partial) or 0; SHR = 0 (SHR-01 not evidenced, SHR-02 excluded);
    // overall = 2/3 DAT: 0.5, 0.25, 0, 0.5, 0.
    assertThat(force(scores, "E23000001").overallScore()).isCloseTo(0.5, within(1e-12));
    // G1 median of {0.5, 0.25, 0} is 0.25; G2 median of {0.5, 0} is 0.25
    assertThat(force(scores, "E23000001").peerMedian()).isCloseTo(0.25, within(1e-12));
    assertThat(force(scores, "E23000001").gapToPeerMedian()).isCloseTo(0.25, within(1e-12));
    assertThat(force(scores, "E23000003").gapToPeerMedian()).isCloseTo(-0.25, within(1e-12));
    assertThat(force(scores, "E23000005").peerMedian()).isCloseTo(0.25, within(1e-12));
    assertThat(domain(scores, "E23000002", "DAT").peerMedian()).isCloseTo(0.375, within(1e-12));
    assertThat(domain(scores, "E23000002", "DAT").gapToPeerMedian()).isCloseTo(0.0, within(1e-12));
    // quartile by rank, 1 + floor(4 x (rank - 1) / 5): ranks 1, 1, 3, 4, 4 give 1, 1, 2, 3, 3; ties share it
    assertThat(scores.forces()).extracting(ForceScore::forceCode, ForceScore::rank, ForceScore::quartile)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("E23000001", 1, 1),
            org.assertj.core.groups.Tuple.tuple("E23000004", 1, 1),
            org.assertj.core.groups.Tuple.tuple("E23000002", 3, 2),
            org.assertj.core.groups.Tuple.tuple("E23000003", 4, 3),
            org.assertj.core.groups.Tuple.tuple("E23000005", 4, 3));
  }

  @Test
  void aYearOnSystemsPassingEndOfSupportLowerTheScoreAndAreNamed() throws Exception {
    NetworkCode code = CodeLoader.parse("hand.yaml", CODE.replace(
        "measure: \"max(if(array_contains(national_links, 'PND'), 1.0, 0.0))\"}\n        scoring: {method: boolean}",
        "measure: \"avg(if(end_of_support > as_of, 1.0, 0.0))\", unit: share, explain: \"{n} of {rows} systems ({value}) in support\"}\n"
            + "        scoring: {method: threshold, met: 0.9, partial: 0.5}"));
    Force a = force("E23000001", "Alpha", "G1");
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "DAT-01", 0.95, 20);
    put(evidence, "E23000001", "SHR-01", 0.95, 20);
    Map<ForceRequirement, MeasuredEvidence> nextYear = new HashMap<>();
    put(nextYear, "E23000001", "SHR-01", 0.8, 20);
    Scorer.LookAhead lookAhead = new Scorer.LookAhead(nextYear, Map.of(new ForceRequirement("E23000001", "SHR-01"), List.of("AS-7")));

    Scorer.Scores scores = Scorer.score(code, List.of(a), evidence, Map.of(), lookAhead);

    RequirementResult shr01 = result(scores, "E23000001", "SHR-01");
    assertThat(shr01.reason()).isEqualTo("19 of 20 systems (95%) in support; met needs 90%, partial 50%: met");
    assertThat(shr01.lookAhead().status()).isEqualTo(Status.PARTIAL);
    assertThat(shr01.lookAhead().systemsLeaving()).containsExactly("AS-7");
    assertThat(shr01.lookAhead().reason()).isEqualTo("a year on, 1 system passes end of support (AS-7): "
        + "16 of 20 systems (80%) in support; met needs 90%, partial 50%: partly met");
    // requirements that do not read as_of keep their score a year on
    assertThat(result(scores, "E23000001", "DAT-01").lookAhead()).isNull();
    assertThat(result(scores, "E23000001", "DAT-01").nextYearScore()).isEqualTo(1.0);
    // now: DAT = 3/4 (DAT-02 no evidence, 0), SHR = 1 -> (1.5 + 1)/3; a year on SHR = 0.5 -> (1.5 + 0.5)/3
    ForceScore alpha = force(scores, "E23000001");
    assertThat(alpha.overallScore()).isCloseTo(2.5 / 3, within(1e-12));
    assertThat(alpha.nextYearScore()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(alpha.levelName()).isEqualTo("Defined");
    assertThat(alpha.nextYearLevelName()).isEqualTo("Developing");
    assertThat(domain(scores, "E23000001", "SHR").nextYearScore()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void evidenceThatLapsesAYearOnScoresZeroAndOnlyRealDropsNameTheirSystems() throws Exception {
    NetworkCode code = CodeLoader.parse("hand.yaml", CODE.replace(
        "measure: \"max(if(array_contains(national_links, 'PND'), 1.0, 0.0))\"}\n        scoring: {method: boolean}",
        "where: \"end_of_support > as_of\", measure: \"avg(if(open_api, 1.0, 0.0))\", unit: share}\n"
            + "        scoring: {method: threshold, met: 0.95, partial: 0.5}\n        missing: exclude"));
    Force a = force("E23000001", "Alpha", "G1");
    Force b = force("E23000002", "Bravo", "G1");
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "SHR-01", 0.0, 1);
    put(evidence, "E23000002", "SHR-01", 0.948, 58);
    Map<ForceRequirement, MeasuredEvidence> nextYear = new HashMap<>();
    nextYear.put(new ForceRequirement("E23000001", "SHR-01"), new MeasuredEvidence("E23000001", "SHR-01", null, 0));
    put(nextYear, "E23000002", "SHR-01", 0.948, 58);
    Scorer.LookAhead lookAhead = new Scorer.LookAhead(nextYear,
        Map.of(new ForceRequirement("E23000001", "SHR-01"), List.of("A1"), new ForceRequirement("E23000002", "SHR-01"), List.of("B7")));

    Scorer.Scores scores = Scorer.score(code, List.of(a, b), evidence, Map.of(), lookAhead)
        .withLifecycleRisks(List.of(
            new LifecycleRisk("E23000001", "A1", "hosting", "V", "P", "1", java.time.LocalDate.of(2026, 6, 1), true, List.of("SHR-01")),
            new LifecycleRisk("E23000002", "B7", "hosting", "V", "P", "1", java.time.LocalDate.of(2026, 6, 1), true, List.of("SHR-01"))));

    // Alpha's only row leaves the where a year on: not excluded (which would lift SHR to 1), but 0
    RequirementResult alpha = result(scores, "E23000001", "SHR-01");
    assertThat(alpha.lookAhead().score()).isEqualTo(0.0);
    assertThat(alpha.lookAhead().reason()).endsWith("scored 0: evidence the force has now lapses within the year");
    assertThat(force(scores, "E23000001").nextYearScore()).isLessThanOrEqualTo(force(scores, "E23000001").overallScore());
    // Bravo's score does not change, so its system is not said to lower it
    assertThat(scores.lifecycleRisks()).extracting(LifecycleRisk::assetId, LifecycleRisk::requirementIds)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", List.of()), org.assertj.core.groups.Tuple.tuple("B7", List.of()));
    // 0.948 against 95% reads 94.8%, never "95%; met needs 95%: partly met"
    assertThat(result(scores, "E23000002", "SHR-01").reason()).startsWith("measured 94.8% from 58 rows; met needs 95%");
  }
}
