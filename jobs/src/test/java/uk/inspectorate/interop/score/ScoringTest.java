package uk.inspectorate.interop.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.ScoringMethod;
import uk.inspectorate.interop.code.ScoringRule;

class ScoringTest {
  static final ScoringRule THRESHOLD = new ScoringRule(ScoringMethod.THRESHOLD, 0.9, 0.5, null, null, false, false);
  static final ScoringRule BOOLEAN = new ScoringRule(ScoringMethod.BOOLEAN, null, null, null, null, false, false);
  static final ScoringRule PATCH_DAYS = new ScoringRule(ScoringMethod.GOALPOSTS, null, null, 7.0, 60.0, false, true);
  static final ScoringRule LOG_GOALPOSTS = new ScoringRule(ScoringMethod.GOALPOSTS, null, null, 10.0, 1000.0, true, false);
  static final ScoringRule LINEAR = new ScoringRule(ScoringMethod.LINEAR, null, null, null, null, false, false);

  @Test
  void thresholdGivesMetPartialOrNotMet() {
    assertThat(Scoring.score(THRESHOLD, 0.95, 0, 1)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    assertThat(Scoring.score(THRESHOLD, 0.9, 0, 1)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    // 0.9 computed as 0.8999999999 still meets 0.9
    assertThat(Scoring.score(THRESHOLD, 0.3 * 3, 0, 1).status()).isEqualTo(Status.MET);
    assertThat(Scoring.score(THRESHOLD, 0.74, 0, 1)).isEqualTo(new Scoring.Scored(0.5, Status.PARTIAL));
    assertThat(Scoring.score(THRESHOLD, 0.49, 0, 1)).isEqualTo(new Scoring.Scored(0.0, Status.NOT_MET));
  }

  @Test
  void booleanIsMetWhenNonZero() {
    assertThat(Scoring.score(BOOLEAN, 1.0, 0, 1).status()).isEqualTo(Status.MET);
    assertThat(Scoring.score(BOOLEAN, 0.0, 0, 1).status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void goalpostsLowerIsBetterAreCappedAndReversed() {
    // 21 days between 7 (best) and 60 (worst): 1 - 14/53
    assertThat(Scoring.score(PATCH_DAYS, 21, 0, 0).score()).isCloseTo(1 - 14.0 / 53, within(1e-12));
    assertThat(Scoring.score(PATCH_DAYS, 3, 0, 0)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
    assertThat(Scoring.score(PATCH_DAYS, 90, 0, 0)).isEqualTo(new Scoring.Scored(0.0, Status.NOT_MET));
  }

  @Test
  void log10GoalpostsScoreOnTheLogScale() {
    // log10(100) = 2, halfway between log10(10) = 1 and log10(1000) = 3
    assertThat(Scoring.score(LOG_GOALPOSTS, 100, 0, 0).score()).isCloseTo(0.5, within(1e-12));
    assertThat(Scoring.score(LOG_GOALPOSTS, 0, 0, 0).score()).isZero();
  }

  @Test
  void log10WithoutPositiveGoalpostsScoresZeroRatherThanNaN() {
    ScoringRule linearLog = new ScoringRule(ScoringMethod.LINEAR, null, null, null, null, true, false);
    assertThat(Scoring.score(linearLog, 0, 0, 0)).isEqualTo(new Scoring.Scored(0.0, Status.NOT_MET));
    assertThat(Scoring.score(linearLog, 100, 10, 1000).score()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void linearRunsFromTheLowestToTheHighestForce() {
    assertThat(Scoring.score(LINEAR, 30, 20, 60).score()).isCloseTo(0.25, within(1e-12));
    // all forces equal: nobody is behind
    assertThat(Scoring.score(LINEAR, 40, 40, 40)).isEqualTo(new Scoring.Scored(1.0, Status.MET));
  }

  @Test
  void weightedMeans() {
    assertThat(Scoring.weightedMean(new double[] {1.0, 0.5, 0.0}, new double[] {2, 1, 1})).isCloseTo(0.625, within(1e-12));
    assertThat(Scoring.weightedGeometricMean(new double[] {0.25, 1.0}, new double[] {1, 1})).isCloseTo(0.5, within(1e-12));
    assertThat(Scoring.weightedGeometricMean(new double[] {0.0, 1.0}, new double[] {1, 1})).isZero();
  }

  @Test
  void levelNeedsTheOverallScoreAndEveryDomainGate() {
    List<Level> levels = List.of(new Level(1, "Initial", 0.0, null), new Level(2, "Developing", 0.35, 0.2),
        new Level(3, "Defined", 0.55, 0.3));
    assertThat(Scoring.level(levels, 0.6, List.of(0.5, 0.7)).name()).isEqualTo("Defined");
    assertThat(Scoring.level(levels, 0.6, List.of(0.25, 0.95)).name()).isEqualTo("Developing");
    assertThat(Scoring.level(levels, 0.6, List.of(0.1, 1.0)).name()).isEqualTo("Initial");
    java.util.List<Double> unscoredDomain = new java.util.ArrayList<>(List.of(0.9));
    unscoredDomain.add(null);
    assertThat(Scoring.level(levels, 0.9, unscoredDomain).name()).isEqualTo("Initial");
  }

  @Test
  void tiesShareARankAndTheNextIsSkipped() {
    assertThat(Scoring.ranks(new double[] {0.5, 0.9, 0.7, 0.7})).containsExactly(4, 1, 2, 2);
    assertThat(Scoring.ranks(new double[] {0.4, 0.4, 0.4})).containsExactly(1, 1, 1);
  }

  @Test
  void medianAndQuartiles() {
    assertThat(Scoring.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Scoring.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
    assertThat(Scoring.median(List.of())).isNull();
    assertThat(Scoring.quartiles(List.of(1.0, 2.0, 3.0, 4.0, 5.0))).containsExactly(2.0, 3.0, 4.0);
  }
}
