package uk.inspectorate.interop.score;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectorate.interop.score.ScoresLookup.domain;
import static uk.inspectorate.interop.score.ScoresLookup.force;
import static uk.inspectorate.interop.score.ScoresLookup.put;
import static uk.inspectorate.interop.score.ScoresLookup.result;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.ScoringMethod;
import uk.inspectorate.interop.code.ScoringRule;
import uk.inspectorate.interop.ingest.Force;

/**
 * The awkward cases of scoring, each worked out by hand: forces that all measure the same, no
 * evidence under each missing policy, log scales meeting zero, values on a threshold or a level
 * boundary, tied ranks and a failed domain under geometric aggregation.
 */
class ScoringEdgeCasesTest {

  private static final double EXACT = 1e-12;

  private static final String LEVELS = """
      levels:
        - {level: 1, name: Initial, min_score: 0}
        - {level: 2, name: Developing, min_score: 0.3, min_domain_score: 0.2}
        - {level: 3, name: Defined, min_score: 0.7}
      """;

  private static final String MEASURE = "evidence: {source: inventory, measure: \"avg(if(open_api, 1.0, 0.0))\"}";

  // --- every force measures the same ---

  /** One domain of each kind of scale; every force measures the same on each. */
  private static final String forcesAllAlike = """
      code: alike
      version: "1"
      %s
      domains:
        - id: LIN
          title: Relative to the other forces
          requirements:
            - id: LIN-01
              title: Linear
              %s
              scoring: {method: linear}
            - id: LIN-02
              title: Linear, lower is better
              %s
              scoring: {method: linear, direction: lower_is_better}
            - id: LIN-03
              title: Linear on a log scale
              %s
              scoring: {method: linear, transform: log10}
        - id: FIX
          title: Fixed scales
          requirements:
            - id: FIX-01
              title: Threshold
              %s
              scoring: {method: threshold, met: 0.9, partial: 0.5}
            - id: FIX-02
              title: Goalposts
              %s
              scoring: {method: goalposts, min: 0.2, max: 0.8}
            - id: FIX-03
              title: Boolean
              %s
              scoring: {method: boolean}
      """.formatted(LEVELS, MEASURE, MEASURE, MEASURE, MEASURE, MEASURE, MEASURE);

  @Test
  void whenEveryForceMeasuresTheSameLinearScoresEveryForceOneAndFixedScalesScoreAsUsual() throws Exception {
    NetworkCode code = CodeLoader.parse("alike.yaml", forcesAllAlike);
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"),
        force("E23000003", "Charlie", "G2"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    for (Force f : forces) {
      put(evidence, f.code(), "LIN-01", 40, 10);
      put(evidence, f.code(), "LIN-02", 40, 10);
      put(evidence, f.code(), "LIN-03", 100, 10);
      put(evidence, f.code(), "FIX-01", 0.7, 10);
      put(evidence, f.code(), "FIX-02", 0.5, 10);
      put(evidence, f.code(), "FIX-03", 1, 10);
    }

    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());

    for (Force f : forces) {
      // nobody is behind anybody on a scale set by the forces themselves, whichever way it runs
      for (String id : List.of("LIN-01", "LIN-02", "LIN-03")) {
        assertThat(result(scores, f.code(), id)).extracting(RequirementResult::score, RequirementResult::status)
            .as(id).containsExactly(1.0, Status.MET);
      }
      assertThat(result(scores, f.code(), "FIX-01")).extracting(RequirementResult::score, RequirementResult::status)
          .containsExactly(0.5, Status.PARTIAL);
      // (0.5 - 0.2) / 0.6
      assertThat(result(scores, f.code(), "FIX-02").score()).isCloseTo(0.5, within(EXACT));
      assertThat(result(scores, f.code(), "FIX-03").status()).isEqualTo(Status.MET);
      // LIN = 1; FIX = (0.5 + 0.5 + 1) / 3; overall = (1 + 2/3) / 2 = 5/6
      assertThat(domain(scores, f.code(), "FIX").score()).isCloseTo(2.0 / 3, within(EXACT));
      ForceScore fs = force(scores, f.code());
      assertThat(fs.overallScore()).isCloseTo(5.0 / 6, within(EXACT));
      assertThat(fs.levelName()).isEqualTo("Defined");
      assertThat(fs.rank()).isEqualTo(1);
      assertThat(fs.quartile()).isEqualTo(1);
      assertThat(fs.gapToPeerMedian()).isCloseTo(0.0, within(EXACT));
    }
  }

  @Test
  void whenEveryForceMeasuresZeroOnALogScaleThereIsNoScaleAndEveryForceScoresZero() throws Exception {
    NetworkCode code = CodeLoader.parse("alike.yaml", forcesAllAlike);
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "LIN-03", 0, 10);
    put(evidence, "E23000002", "LIN-03", 0, 10);

    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());

    // higher is better and nobody has any: the documented exception to "all alike score 1"
    assertThat(result(scores, "E23000001", "LIN-03")).extracting(RequirementResult::score, RequirementResult::status)
        .containsExactly(0.0, Status.NOT_MET);
    assertThat(result(scores, "E23000002", "LIN-03")).extracting(RequirementResult::score, RequirementResult::status)
        .containsExactly(0.0, Status.NOT_MET);
  }

  /** A lower-is-better linear requirement on a log scale: fewer is better, none is best. */
  private static final String fewerIsBetterOnALogScale = """
      code: fewer
      version: "1"
      %s
      domains:
        - id: LIF
          title: Lifecycle
          requirements:
            - id: LIF-01
              title: Systems out of support, fewer is better
              %s
              scoring: {method: linear, transform: log10, direction: lower_is_better}
      """.formatted(LEVELS, MEASURE);

  @Test
  void lowerIsBetterOnALogScaleScoresAMeasuredZeroAsTheBest() throws Exception {
    NetworkCode code = CodeLoader.parse("fewer.yaml", fewerIsBetterOnALogScale);
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"),
        force("E23000003", "Charlie", "G1"), force("E23000004", "Delta", "G1"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "LIF-01", 0, 10);
    put(evidence, "E23000002", "LIF-01", 10, 10);
    put(evidence, "E23000003", "LIF-01", 100, 10);
    put(evidence, "E23000004", "LIF-01", 1000, 10);

    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());

    // the scale runs over the positive values, log10 10 = 1 (best) to log10 1000 = 3 (worst);
    // 0 is below the best goalpost, so capped at the best
    assertThat(result(scores, "E23000001", "LIF-01").score()).isEqualTo(1.0);
    assertThat(result(scores, "E23000002", "LIF-01").score()).isEqualTo(1.0);
    assertThat(result(scores, "E23000003", "LIF-01").score()).isCloseTo(0.5, within(EXACT));
    assertThat(result(scores, "E23000004", "LIF-01")).extracting(RequirementResult::score, RequirementResult::status)
        .containsExactly(0.0, Status.NOT_MET);
  }

  @Test
  void lowerIsBetterOnALogScaleScoresEveryForceOneWhenEveryForceMeasuresTheBestPossibleZero() throws Exception {
    NetworkCode code = CodeLoader.parse("fewer.yaml", fewerIsBetterOnALogScale);
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "LIF-01", 0, 10);
    put(evidence, "E23000002", "LIF-01", 0, 10);

    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());

    // With a third force at 10 both would score 1 (see above); the force at 10 improving to 0
    // must not drop them to 0. Every force alike on a linear scale: nobody is behind.
    assertThat(result(scores, "E23000001", "LIF-01")).extracting(RequirementResult::score, RequirementResult::status)
        .containsExactly(1.0, Status.MET);
    assertThat(result(scores, "E23000002", "LIF-01")).extracting(RequirementResult::score, RequirementResult::status)
        .containsExactly(1.0, Status.MET);
  }

  // --- no evidence, under each missing policy ---

  /**
   * MIS (weight 3): MIS-01 threshold, weight 2, not_met; MIS-02 goalposts 0..1, weight 1,
   * exclude; MIS-03 goalposts 0..1, weight 3, peer_median. OTH (weight 1): OTH-01 boolean, not_met.
   */
  private static final String everyMissingPolicy = """
      code: missing
      version: "1"
      %s
      domains:
        - id: MIS
          title: Missing evidence
          weight: 3
          requirements:
            - id: MIS-01
              title: Not met when missing
              weight: 2
              %s
              scoring: {method: threshold, met: 0.9, partial: 0.5}
              missing: not_met
            - id: MIS-02
              title: Left out when missing
              weight: 1
              %s
              scoring: {method: goalposts, min: 0, max: 1}
              missing: exclude
            - id: MIS-03
              title: Peer median when missing
              weight: 3
              %s
              scoring: {method: goalposts, min: 0, max: 1}
              missing: peer_median
        - id: OTH
          title: Other
          weight: 1
          requirements:
            - id: OTH-01
              title: Boolean
              %s
              scoring: {method: boolean}
      """.formatted(LEVELS, MEASURE, MEASURE, MEASURE, MEASURE);

  @Test
  void eachMissingPolicyScoresNoEvidenceByHandAndReNormalisesTheWeightsLeft() throws Exception {
    NetworkCode code = CodeLoader.parse("missing.yaml", everyMissingPolicy);
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"),
        force("E23000003", "Charlie", "G1"), force("E23000004", "Delta", "G2"), force("E23000005", "Foxtrot", "G3"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    // Alpha: MIS-03 absent altogether
    put(evidence, "E23000001", "MIS-01", 0.95, 10);
    put(evidence, "E23000001", "MIS-02", 0.4, 10);
    put(evidence, "E23000001", "OTH-01", 1, 10);
    // Bravo: MIS-01 has no rows (as the aggregation gives it), MIS-02 absent
    evidence.put(new ForceRequirement("E23000002", "MIS-01"), new MeasuredEvidence("E23000002", "MIS-01", null, 0));
    put(evidence, "E23000002", "MIS-03", 0.2, 10);
    put(evidence, "E23000002", "OTH-01", 0, 10);
    // Charlie: MIS-02 has rows but the measure divided by zero
    put(evidence, "E23000003", "MIS-01", 0.6, 10);
    put(evidence, "E23000003", "MIS-02", Double.NaN, 4);
    put(evidence, "E23000003", "MIS-03", 0.8, 10);
    put(evidence, "E23000003", "OTH-01", 1, 10);
    // Delta, alone in G2: MIS-03 and OTH-01 absent
    put(evidence, "E23000004", "MIS-01", 0.95, 10);
    put(evidence, "E23000004", "MIS-02", 0.9, 10);
    // Foxtrot, alone in G3, has everything; its MIS-03 of 0.1 must not reach G1's median
    put(evidence, "E23000005", "MIS-01", 0.95, 10);
    put(evidence, "E23000005", "MIS-02", 1.0, 10);
    put(evidence, "E23000005", "MIS-03", 0.1, 10);
    put(evidence, "E23000005", "OTH-01", 1, 10);

    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());

    // Alpha MIS-03: median of G1's scores with evidence, Bravo 0.2 and Charlie 0.8 -> 0.5
    RequirementResult alpha03 = result(scores, "E23000001", "MIS-03");
    assertThat(alpha03.status()).isEqualTo(Status.NO_EVIDENCE);
    assertThat(alpha03.score()).isCloseTo(0.5, within(EXACT));
    assertThat(alpha03.evidenceCount()).isZero();
    assertThat(alpha03.missingHandling()).isEqualTo("given its peer group's median score, 0.5 (missing: peer_median)");
    // MIS = (2*1 + 1*0.4 + 3*0.5) / 6 = 0.65; overall = (3*0.65 + 1*1) / 4 = 0.7375
    assertThat(domain(scores, "E23000001", "MIS").score()).isCloseTo(0.65, within(EXACT));
    assertThat(force(scores, "E23000001").overallScore()).isCloseTo(0.7375, within(EXACT));

    // Bravo MIS-01 not met (0, weight kept), MIS-02 left out: weights 2 and 3 of 5
    RequirementResult bravo01 = result(scores, "E23000002", "MIS-01");
    assertThat(bravo01).extracting(RequirementResult::status, RequirementResult::score, RequirementResult::evidenceCount)
        .containsExactly(Status.NO_EVIDENCE, 0.0, 0L);
    assertThat(bravo01.missingHandling()).isEqualTo("scored 0 (missing: not_met)");
    RequirementResult bravo02 = result(scores, "E23000002", "MIS-02");
    assertThat(bravo02.status()).isEqualTo(Status.NO_EVIDENCE);
    assertThat(bravo02.score()).isNull();
    assertThat(bravo02.missingHandling()).isEqualTo("left out of the domain score (missing: exclude)");
    // MIS = (2*0 + 3*0.2) / 5 = 0.12; OTH = 0; overall = (3*0.12 + 0) / 4 = 0.09
    assertThat(domain(scores, "E23000002", "MIS")).extracting(DomainScore::requirementsScored, DomainScore::requirementsExcluded)
        .containsExactly(2, 1);
    assertThat(domain(scores, "E23000002", "MIS").score()).isCloseTo(0.12, within(EXACT));
    assertThat(force(scores, "E23000002").overallScore()).isCloseTo(0.09, within(EXACT));

    // Charlie MIS-02: rows but no value is no evidence, its rows still counted; left out
    RequirementResult charlie02 = result(scores, "E23000003", "MIS-02");
    assertThat(charlie02).extracting(RequirementResult::status, RequirementResult::score, RequirementResult::evidenceCount)
        .containsExactly(Status.NO_EVIDENCE, null, 4L);
    assertThat(charlie02.reason()).startsWith("4 rows match but the measure has no value");
    // MIS = (2*0.5 + 3*0.8) / 5 = 0.68; overall = (3*0.68 + 1) / 4 = 0.76
    assertThat(domain(scores, "E23000003", "MIS").score()).isCloseTo(0.68, within(EXACT));
    assertThat(force(scores, "E23000003").overallScore()).isCloseTo(0.76, within(EXACT));

    // Delta MIS-03: no force of G2 has evidence, so 0; OTH-01 not met
    RequirementResult delta03 = result(scores, "E23000004", "MIS-03");
    assertThat(delta03).extracting(RequirementResult::status, RequirementResult::score)
        .containsExactly(Status.NO_EVIDENCE, 0.0);
    assertThat(delta03.missingHandling())
        .isEqualTo("scored 0: no force in its peer group has evidence (missing: peer_median)");
    // MIS = (2*1 + 1*0.9 + 3*0) / 6 = 2.9/6; overall = (3 * 2.9/6 + 0) / 4 = 0.3625
    assertThat(domain(scores, "E23000004", "MIS").score()).isCloseTo(2.9 / 6, within(EXACT));
    assertThat(force(scores, "E23000004").overallScore()).isCloseTo(0.3625, within(EXACT));
  }

  /** DAT has one requirement, left out when missing; SHR one that is always evidenced. */
  private static final String aDomainThatCanBeLeftOut = """
      code: left-out
      version: "1"
      %s
      domains:
        - id: DAT
          title: Data
          weight: 3
          requirements:
            - id: DAT-01
              title: Left out when missing
              %s
              scoring: {method: goalposts, min: 0, max: 1}
              missing: exclude
        - id: SHR
          title: Sharing
          weight: 1
          requirements:
            - id: SHR-01
              title: Sharing
              %s
              scoring: {method: goalposts, min: 0, max: 1}
      """.formatted(LEVELS, MEASURE, MEASURE);

  @Test
  void aDomainWithEveryRequirementLeftOutHasNoScoreAndHoldsTheForceBelowADomainGate() throws Exception {
    NetworkCode code = CodeLoader.parse("left-out.yaml", aDomainThatCanBeLeftOut);
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "SHR-01", 0.8, 10);

    Scorer.Scores scores = Scorer.score(code, List.of(force("E23000001", "Alpha", "G1")), evidence, Map.of());

    assertThat(domain(scores, "E23000001", "DAT")).extracting(DomainScore::score, DomainScore::requirementsScored,
        DomainScore::requirementsExcluded).containsExactly(null, 0, 1);
    // the overall score is SHR's alone (domain weights re-normalised), 0.8, which reaches
    // Defined's 0.7 - but DAT cannot show it reaches Developing's domain gate
    ForceScore alpha = force(scores, "E23000001");
    assertThat(alpha.overallScore()).isCloseTo(0.8, within(EXACT));
    assertThat(alpha.levelName()).isEqualTo("Initial");
  }

  // --- log scales ---

  @Test
  void aMeasuredZeroOrLessOnALogScaleScoresZeroAndDoesNotStretchTheScale() throws Exception {
    NetworkCode code = CodeLoader.parse("log.yaml", forcesAllAlike);
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"),
        force("E23000003", "Charlie", "G1"), force("E23000004", "Delta", "G1"), force("E23000005", "Echo", "G1"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "LIN-03", 0, 10);
    put(evidence, "E23000002", "LIN-03", -3, 10);
    put(evidence, "E23000003", "LIN-03", 10, 10);
    put(evidence, "E23000004", "LIN-03", 100, 10);
    put(evidence, "E23000005", "LIN-03", 1000, 10);

    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());

    assertThat(result(scores, "E23000001", "LIN-03")).extracting(RequirementResult::score, RequirementResult::status)
        .containsExactly(0.0, Status.NOT_MET);
    assertThat(result(scores, "E23000002", "LIN-03")).extracting(RequirementResult::score, RequirementResult::status)
        .containsExactly(0.0, Status.NOT_MET);
    // the scale is log10 10 = 1 to log10 1000 = 3, set by the positive values only
    assertThat(result(scores, "E23000003", "LIN-03").score()).isEqualTo(0.0);
    assertThat(result(scores, "E23000004", "LIN-03").score()).isCloseTo(0.5, within(EXACT));
    assertThat(result(scores, "E23000005", "LIN-03").score()).isEqualTo(1.0);
  }

  @Test
  void aMeasuredZeroOnALogScaleScoresZeroWhenEveryForceWithAPositiveValueMeasuresTheSame() throws Exception {
    NetworkCode code = CodeLoader.parse("log.yaml", forcesAllAlike);
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"),
        force("E23000003", "Charlie", "G1"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "LIN-03", 0, 10);
    put(evidence, "E23000002", "LIN-03", 10, 10);
    put(evidence, "E23000003", "LIN-03", 10, 10);

    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());

    // Bravo and Charlie are alike and lead: 1. Alpha has none of the thing measured: 0, as it
    // would be were Charlie at 100 instead.
    assertThat(result(scores, "E23000002", "LIN-03").score()).isEqualTo(1.0);
    assertThat(result(scores, "E23000003", "LIN-03").score()).isEqualTo(1.0);
    assertThat(result(scores, "E23000001", "LIN-03")).extracting(RequirementResult::score, RequirementResult::status)
        .containsExactly(0.0, Status.NOT_MET);
  }

  @Test
  void goalpostsLowerIsBetterOnALogScaleAreReversedAndCapped() {
    ScoringRule rule = new ScoringRule(ScoringMethod.GOALPOSTS, null, null, 1.0, 1000.0, true, true);
    // log10 10 = 1 of the way 0..3: 1/3, reversed 2/3
    assertThat(Scoring.score(rule, 10, 0, 0).score()).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(Scoring.score(rule, 10, 0, 0).status()).isEqualTo(Status.PARTIAL);
    // log10 sqrt(1000) = 1.5, half way
    assertThat(Scoring.score(rule, Math.sqrt(1000), 0, 0).score()).isCloseTo(0.5, within(EXACT));
    assertThat(Scoring.score(rule, 1, 0, 0)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    assertThat(Scoring.score(rule, 1000, 0, 0)).isEqualTo(new Scoring.Scored(0.0, Status.NOT_MET));
    // beyond the goalposts: capped; 0 and below are below the best goalpost
    assertThat(Scoring.score(rule, 0.01, 0, 0)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    assertThat(Scoring.score(rule, 0, 0, 0)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    assertThat(Scoring.score(rule, 1e6, 0, 0)).isEqualTo(new Scoring.Scored(0.0, Status.NOT_MET));
  }

  @Test
  void goalpostsLowerIsBetterOnALinearScaleScoreExactlyOneAndZeroOnTheGoalposts() {
    ScoringRule rule = new ScoringRule(ScoringMethod.GOALPOSTS, null, null, 7.0, 60.0, false, true);
    assertThat(Scoring.score(rule, 7, 0, 0)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    assertThat(Scoring.score(rule, 60, 0, 0)).isEqualTo(new Scoring.Scored(0.0, Status.NOT_MET));
    assertThat(Scoring.score(rule, 33.5, 0, 0).score()).isCloseTo(0.5, within(EXACT));
    assertThat(Scoring.score(rule, 33.5, 0, 0).status()).isEqualTo(Status.PARTIAL);
    // the same goalposts higher-is-better give the complement
    ScoringRule higher = new ScoringRule(ScoringMethod.GOALPOSTS, null, null, 7.0, 60.0, false, false);
    assertThat(Scoring.score(higher, 20, 0, 0).score() + Scoring.score(rule, 20, 0, 0).score())
        .isCloseTo(1.0, within(EXACT));
  }

  @Test
  void linearLowerIsBetterRunsFromTheHighestForceAtZeroToTheLowestAtOne() {
    ScoringRule rule = new ScoringRule(ScoringMethod.LINEAR, null, null, null, null, false, true);
    assertThat(Scoring.score(rule, 20, 20, 60)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    assertThat(Scoring.score(rule, 60, 20, 60)).isEqualTo(new Scoring.Scored(0.0, Status.NOT_MET));
    assertThat(Scoring.score(rule, 30, 20, 60).score()).isCloseTo(0.75, within(EXACT));
  }

  // --- values on a boundary ---

  @Test
  void aValueOnAThresholdWithinRoundingIsMetOrPartialAndClearlyBelowIsNot() {
    ScoringRule rule = new ScoringRule(ScoringMethod.THRESHOLD, 0.9, 0.5, null, null, false, false);
    assertThat(Scoring.score(rule, 0.8999999999, 0, 1)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    assertThat(Scoring.score(rule, 0.4999999999, 0, 1)).isEqualTo(new Scoring.Scored(0.5, Status.PARTIAL));
    // 1e-5 short is a real shortfall, not rounding
    assertThat(Scoring.score(rule, 0.89999, 0, 1)).isEqualTo(new Scoring.Scored(0.5, Status.PARTIAL));
    assertThat(Scoring.score(rule, 0.49999, 0, 1)).isEqualTo(new Scoring.Scored(0.0, Status.NOT_MET));
    // met and partial may coincide: then it is met or not
    ScoringRule allOrNothing = new ScoringRule(ScoringMethod.THRESHOLD, 1.0, 1.0, null, null, false, false);
    assertThat(Scoring.score(allOrNothing, 0.1 * 3 / 0.3, 0, 1).status()).isEqualTo(Status.MET);
    assertThat(Scoring.score(allOrNothing, 0.99, 0, 1).status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void aValueOnAGoalpostWithinRoundingScoresExactlyMetOrNotMet() {
    ScoringRule rule = new ScoringRule(ScoringMethod.GOALPOSTS, null, null, 0.1, 0.3, false, false);
    // 0.1 + 0.2 = 0.30000000000000004, a hair over the top goalpost
    assertThat(Scoring.score(rule, 0.1 + 0.2, 0, 0)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    assertThat(Scoring.score(rule, 0.3 - 1e-12, 0, 0).status()).isEqualTo(Status.MET);
    assertThat(Scoring.score(rule, 0.1 + 1e-12, 0, 0).status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void anOverallOrDomainScoreOnALevelBoundaryWithinRoundingReachesTheLevel() {
    List<Level> levels = List.of(new Level(1, "Initial", 0.0, null), new Level(2, "Developing", 0.4, 0.2),
        new Level(3, "Defined", 0.7, 0.5));
    // 0.7 - 0.3 = 0.39999999999999997 and 0.3 - 0.1 = 0.19999999999999998
    assertThat(Scoring.level(levels, 0.7 - 0.3, List.of(0.3 - 0.1, 0.9)).name()).isEqualTo("Developing");
    assertThat(Scoring.level(levels, 0.4, List.of(0.2, 0.2)).name()).isEqualTo("Developing");
    assertThat(Scoring.level(levels, 0.39999, List.of(0.9, 0.9)).name()).isEqualTo("Initial");
    assertThat(Scoring.level(levels, 0.9, List.of(0.19999, 0.9)).name()).isEqualTo("Initial");
    // exactly on the top level's overall and domain gates
    assertThat(Scoring.level(levels, 0.7, List.of(0.5, 0.5)).name()).isEqualTo("Defined");
    // a force on the top gate overall but a domain just under it stops one level down
    assertThat(Scoring.level(levels, 1.0, List.of(0.49999, 1.0)).name()).isEqualTo("Developing");
  }

  // --- ties ---

  /** One goalposts requirement 0..1, so each force's overall score is its measure. */
  private static final String scoreIsTheMeasure = """
      code: plain
      version: "1"
      %s
      domains:
        - id: DAT
          title: Data
          requirements:
            - id: DAT-01
              title: Plain
              %s
              scoring: {method: goalposts, min: 0, max: 1}
      """.formatted(LEVELS, MEASURE);

  @Test
  void forcesEqualWithinRoundingShareARankAndALevelAndTheNextRankIsSkipped() throws Exception {
    NetworkCode code = CodeLoader.parse("plain.yaml", scoreIsTheMeasure);
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"),
        force("E23000003", "Charlie", "G1"), force("E23000004", "Delta", "G1"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    put(evidence, "E23000001", "DAT-01", 0.9, 10);
    put(evidence, "E23000002", "DAT-01", 0.3, 10);
    // 0.30000000000000004: the same score reached by another route
    put(evidence, "E23000003", "DAT-01", 0.1 + 0.2, 10);
    put(evidence, "E23000004", "DAT-01", 0.2, 10);

    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());

    // Developing needs 0.3 overall and every domain 0.2: Bravo and Charlie are both exactly on it
    assertThat(scores.forces()).extracting(ForceScore::forceCode, ForceScore::rank, ForceScore::levelName)
        .containsExactly(
            tuple("E23000001", 1, "Defined"),
            tuple("E23000002", 2, "Developing"),
            tuple("E23000003", 2, "Developing"),
            tuple("E23000004", 4, "Initial"));
    // quartiles of {0.2, 0.3, 0.3, 0.9}: 0.275, 0.3, 0.45; the tied pair share the second
    assertThat(scores.forces()).extracting(ForceScore::quartile).containsExactly(1, 2, 2, 4);
  }

  @Test
  void ranksOfOneTwoTwoFourWhenTheTieIsOnlyInRounding() {
    assertThat(Scoring.ranks(new double[] {0.9, 0.3, 0.1 + 0.2, 0.2})).containsExactly(1, 2, 2, 4);
    // a real difference, however small against the scores, is not a tie
    assertThat(Scoring.ranks(new double[] {0.9, 0.3, 0.30001, 0.2})).containsExactly(1, 3, 2, 4);
  }

  // --- geometric aggregation ---

  /** Geometric aggregation of DAT (weight 2), SHR (weight 1) and a domain NET that may be left out. */
  private static final String geometric = """
      code: geometric
      version: "1"
      aggregation: geometric
      %s
      domains:
        - id: DAT
          title: Data
          weight: 2
          requirements:
            - id: DAT-01
              title: Data
              %s
              scoring: {method: goalposts, min: 0, max: 1}
        - id: SHR
          title: Sharing
          weight: 1
          requirements:
            - id: SHR-01
              title: Sharing
              %s
              scoring: {method: goalposts, min: 0, max: 1}
        - id: NET
          title: Network
          weight: 1
          requirements:
            - id: NET-01
              title: Left out when missing
              %s
              scoring: {method: goalposts, min: 0, max: 1}
              missing: exclude
      """.formatted(LEVELS, MEASURE, MEASURE, MEASURE);

  @Test
  void geometricAggregationGivesZeroForAZeroDomainAndWeightsTheLogsByHand() throws Exception {
    NetworkCode code = CodeLoader.parse("geometric.yaml", geometric);
    List<Force> forces = List.of(force("E23000001", "Alpha", "G1"), force("E23000002", "Bravo", "G1"),
        force("E23000003", "Charlie", "G1"));
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    // Alpha: DAT 0, SHR 1, NET 1 - the arithmetic mean would be 0.5
    put(evidence, "E23000001", "DAT-01", 0.0, 10);
    put(evidence, "E23000001", "SHR-01", 1.0, 10);
    put(evidence, "E23000001", "NET-01", 1.0, 10);
    // Bravo: DAT 0.25, SHR 1, NET left out -> 0.25^(2/3)
    put(evidence, "E23000002", "DAT-01", 0.25, 10);
    put(evidence, "E23000002", "SHR-01", 1.0, 10);
    // Charlie: DAT 0.5, SHR 0.5, NET 0.5 -> 0.5
    put(evidence, "E23000003", "DAT-01", 0.5, 10);
    put(evidence, "E23000003", "SHR-01", 0.5, 10);
    put(evidence, "E23000003", "NET-01", 0.5, 10);

    Scorer.Scores scores = Scorer.score(code, forces, evidence, Map.of());

    assertThat(force(scores, "E23000001").overallScore()).isZero();
    assertThat(force(scores, "E23000001").levelName()).isEqualTo("Initial");
    // a domain left out is not a zero domain: the geometric mean runs over DAT and SHR only
    assertThat(force(scores, "E23000002").overallScore()).isCloseTo(Math.pow(0.25, 2.0 / 3), within(EXACT));
    assertThat(force(scores, "E23000002").overallScore()).isCloseTo(0.3968502629920499, within(EXACT));
    assertThat(force(scores, "E23000003").overallScore()).isCloseTo(0.5, within(EXACT));
    assertThat(scores.forces()).extracting(ForceScore::forceCode).containsExactly("E23000003", "E23000002", "E23000001");
  }
}
