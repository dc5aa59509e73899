package uk.inspectorate.interop.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.code.CodeLoader;
import uk.inspectorate.interop.code.InvalidCodeException;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.ScoringMethod;
import uk.inspectorate.interop.code.ScoringRule;
import uk.inspectorate.interop.ingest.Force;

/**
 * Invariants of the scoring over a few hundred random codes, forces and evidence (fixed seeds, so
 * a failure names a case that can be replayed): scores stay in [0, 1]; the order forces and
 * evidence arrive in changes nothing; where a method scores each force on its own, one force's
 * evidence moves no other force; ranks follow the overall scores.
 */
class ScoringPropertiesTest {

  private static final long SEED = 20260331L;
  private static final int CASES = 300;
  /** Whole assessments are slower to score than single values: fewer of them. */
  private static final int ASSESSMENTS = 200;
  private static final int RANDOM_CODES = 15;
  private static final Map<Boolean, List<NetworkCode>> CODES = new HashMap<>();
  private static final double TOLERANCE = 1e-9;
  private static final String MEASURE = "avg(if(open_api, 1.0, 0.0))";

  /** One random assessment: a code, its forces and their evidence. */
  private record Assessment(NetworkCode code, List<Force> forces, Map<ForceRequirement, MeasuredEvidence> evidence) {
    Scorer.Scores score() {
      return Scorer.score(code, forces, evidence, Map.of());
    }
  }

  // --- bounds ---

  @Test
  void everyRequirementDomainAndOverallScoreIsBetweenZeroAndOne() throws Exception {
    Random random = new Random(SEED);
    List<Assessment> assessments = randomAssessments(random, false);
    Set<Status> statusesSeen = EnumSet.noneOf(Status.class);
    Set<String> shapesSeen = new HashSet<>();
    for (int i = 0; i < ASSESSMENTS; i++) {
      Assessment a = assessments.get(i);
      Scorer.Scores scores = a.score();
      String label = "case " + i;
      scores.requirements().forEach(r -> statusesSeen.add(r.status()));
      a.code().requirements().forEach(r -> shapesSeen.add(r.scoring().method().key() + (r.scoring().log10() ? " log10" : "")
          + (r.scoring().lowerIsBetter() ? " lower" : "") + " missing " + r.missing().key()));
      if (scores.domains().stream().anyMatch(d -> d.score() == null)) {
        shapesSeen.add("a domain with no score");
      }
      shapesSeen.add(a.code().aggregation().name());

      int requirements = (int) a.code().requirements().count();
      assertThat(scores.requirements()).as(label).hasSize(a.forces().size() * requirements);
      assertThat(scores.domains()).as(label).hasSize(a.forces().size() * a.code().domains().size());
      assertThat(scores.forces()).as(label).hasSize(a.forces().size());
      for (RequirementResult r : scores.requirements()) {
        String at = label + " " + r.forceCode() + " " + r.requirementId();
        assertInUnitIntervalOrNull(r.score(), at);
        assertInUnitIntervalOrNull(r.nextYearScore(), at + " a year on");
        MeasuredEvidence e = a.evidence().get(new ForceRequirement(r.forceCode(), r.requirementId()));
        if (e != null && e.present()) {
          assertThat(r.status()).as(at).isIn(Status.MET, Status.PARTIAL, Status.NOT_MET);
        } else {
          assertThat(r.status()).as(at).isEqualTo(Status.NO_EVIDENCE);
        }
      }
      for (DomainScore d : scores.domains()) {
        String at = label + " " + d.forceCode() + " " + d.domainId();
        assertInUnitIntervalOrNull(d.score(), at);
        assertInUnitIntervalOrNull(d.nextYearScore(), at + " a year on");
        assertInUnitIntervalOrNull(d.peerMedian(), at + " peer median");
      }
      for (ForceScore f : scores.forces()) {
        String at = label + " " + f.forceCode();
        assertInUnitIntervalOrNull(f.overallScore(), at);
        assertInUnitIntervalOrNull(f.nextYearScore(), at + " a year on");
        assertInUnitIntervalOrNull(f.peerMedian(), at + " peer median");
        assertThat(f.rank()).as(at).isBetween(1, a.forces().size());
        assertThat(f.quartile()).as(at).isBetween(1, 4);
      }
    }
    // the random cases reach the awkward corners
    assertThat(statusesSeen).contains(Status.MET, Status.PARTIAL, Status.NOT_MET, Status.NO_EVIDENCE);
    assertThat(shapesSeen).contains("a domain with no score", "ARITHMETIC", "GEOMETRIC", "linear log10 lower missing peer_median",
        "goalposts log10 lower missing exclude", "threshold missing not_met", "boolean missing peer_median");
  }

  @Test
  void scoringAValueStaysInZeroToOneMovesOneWayWithTheValueAndAgreesWithItsStatus() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < CASES; i++) {
      ScoringRule rule = randomRule(random, false);
      double observedMin = rule.log10() ? Math.pow(10, random.nextDouble() * 2 - 1) : random.nextDouble() * 40 - 10;
      double observedMax = random.nextInt(10) == 0 ? observedMin : observedMin * (rule.log10() ? 1 + random.nextDouble() * 50 : 1)
          + random.nextDouble() * 60;
      double[] values = new double[40];
      for (int v = 0; v < values.length; v++) {
        values[v] = randomValue(random, rule);
      }
      Arrays.sort(values);
      String label = "case " + i + " " + rule + " observed " + observedMin + ".." + observedMax;
      Scoring.Scored previous = null;
      for (double value : values) {
        Scoring.Scored s = Scoring.score(rule, value, observedMin, observedMax);
        String at = label + " value " + value;
        assertInUnitIntervalOrNull(s.score(), at);
        switch (s.status()) {
          case MET -> assertThat(s.score()).as(at).isGreaterThanOrEqualTo(1 - TOLERANCE);
          case NOT_MET -> assertThat(s.score()).as(at).isLessThanOrEqualTo(TOLERANCE);
          case PARTIAL -> assertThat(s.score()).as(at).isStrictlyBetween(0.0, 1.0);
          default -> throw new AssertionError(at + ": a measured value was given status " + s.status());
        }
        if (rule.method() == ScoringMethod.THRESHOLD) {
          assertThat(s.score()).as(at).isEqualTo(s.status() == Status.MET ? 1.0 : s.status() == Status.PARTIAL ? 0.5 : 0.0);
        }
        // values only increase: the score never goes the wrong way (booleans only take 0 or more here)
        if (previous != null) {
          if (rule.lowerIsBetter()) {
            assertThat(s.score()).as(at + " after " + previous).isLessThanOrEqualTo(previous.score());
          } else {
            assertThat(s.score()).as(at + " after " + previous).isGreaterThanOrEqualTo(previous.score());
          }
        }
        previous = s;
      }
    }
  }

  @Test
  void weightedMeansLieBetweenTheLowestAndHighestValueAndTheGeometricNeverExceedsTheArithmetic() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < CASES; i++) {
      int n = 1 + random.nextInt(8);
      double[] values = new double[n];
      double[] weights = new double[n];
      for (int k = 0; k < n; k++) {
        values[k] = random.nextInt(6) == 0 ? random.nextInt(2) : random.nextDouble();
        weights[k] = randomWeight(random);
      }
      double lowest = Arrays.stream(values).min().orElseThrow();
      double highest = Arrays.stream(values).max().orElseThrow();
      double arithmetic = Scoring.weightedMean(values, weights);
      double geometric = Scoring.weightedGeometricMean(values, weights);
      String at = "case " + i + " values " + Arrays.toString(values) + " weights " + Arrays.toString(weights);
      assertThat(arithmetic).as(at).isBetween(lowest - 1e-12, highest + 1e-12);
      assertThat(geometric).as(at).isBetween(lowest - 1e-12, highest + 1e-12);
      assertThat(geometric).as(at).isLessThanOrEqualTo(arithmetic + 1e-12);
      if (lowest == 0.0) {
        assertThat(geometric).as(at).isZero();
      }
    }
  }

  // --- order ---

  @Test
  void shufflingTheForcesAndTheEvidenceGivesEveryForceIdenticalResults() throws Exception {
    Random random = new Random(SEED + 3);
    List<Assessment> assessments = randomAssessments(random, false);
    for (int i = 0; i < ASSESSMENTS; i++) {
      Assessment a = assessments.get(i);
      List<Force> forces = new ArrayList<>(a.forces());
      Collections.shuffle(forces, random);
      List<Map.Entry<ForceRequirement, MeasuredEvidence>> entries = new ArrayList<>(a.evidence().entrySet());
      Collections.shuffle(entries, random);
      Map<ForceRequirement, MeasuredEvidence> evidence = new LinkedHashMap<>();
      entries.forEach(e -> evidence.put(e.getKey(), e.getValue()));

      Scorer.Scores before = a.score();
      Scorer.Scores after = new Assessment(a.code(), forces, evidence).score();

      String label = "case " + i;
      assertThat(byKey(after.requirements(), r -> new ForceRequirement(r.forceCode(), r.requirementId())))
          .as(label).isEqualTo(byKey(before.requirements(), r -> new ForceRequirement(r.forceCode(), r.requirementId())));
      assertThat(byKey(after.domains(), d -> new ForceDomain(d.forceCode(), d.domainId())))
          .as(label).isEqualTo(byKey(before.domains(), d -> new ForceDomain(d.forceCode(), d.domainId())));
      // the forces come out in rank order, ties by code, whatever order they went in
      assertThat(after.forces()).as(label).isEqualTo(before.forces());
    }
  }

  // --- locality, for the methods that score each force on its own ---

  @Test
  void changingOneForcesEvidenceLeavesEveryOtherForcesScoresUnchangedUnderPerForceMethods() throws Exception {
    Random random = new Random(SEED + 4);
    int changed = 0;
    List<Assessment> assessments = randomAssessments(random, true);
    for (int i = 0; i < ASSESSMENTS; i++) {
      Assessment a = assessments.get(i);
      Force moved = a.forces().get(random.nextInt(a.forces().size()));
      Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>(a.evidence());
      for (Requirement requirement : a.code().requirements().toList()) {
        evidence.remove(new ForceRequirement(moved.code(), requirement.id()));
        putRandomEvidence(random, evidence, moved.code(), requirement);
      }
      Scorer.Scores before = a.score();
      Scorer.Scores after = new Assessment(a.code(), a.forces(), evidence).score();
      if (force(after, moved.code()).overallScore() != force(before, moved.code()).overallScore()) {
        changed++;
      }

      assertThat(ownScores(after, f -> !f.equals(moved.code())))
          .as("case %d, %s changed", i, moved.code())
          .isEqualTo(ownScores(before, f -> !f.equals(moved.code())));
    }
    // the property is only worth something if the moved force's own score did move
    assertThat(changed).isGreaterThan(ASSESSMENTS / 2);
  }

  @Test
  void scoringTwoHalvesOfTheForcesSeparatelyEqualsScoringThemTogetherUnderPerForceMethods() throws Exception {
    Random random = new Random(SEED + 5);
    List<Assessment> assessments = randomAssessments(random, true);
    for (int i = 0; i < ASSESSMENTS; i++) {
      Assessment a = assessments.get(i);
      if (a.forces().size() < 2) {
        continue;
      }
      int cut = 1 + random.nextInt(a.forces().size() - 1);
      Scorer.Scores together = a.score();
      Scorer.Scores first = new Assessment(a.code(), a.forces().subList(0, cut), a.evidence()).score();
      Scorer.Scores second = new Assessment(a.code(), a.forces().subList(cut, a.forces().size()), a.evidence()).score();

      Map<Object, List<Object>> separately = new HashMap<>(ownScores(first, f -> true));
      separately.putAll(ownScores(second, f -> true));
      assertThat(separately).as("case %d, halves cut at %d", i, cut).isEqualTo(ownScores(together, f -> true));
    }
  }

  // --- ranks ---

  @Test
  void aHigherOverallScoreNeverRanksWorseAndEqualScoresShareARank() throws Exception {
    Random random = new Random(SEED + 6);
    List<Assessment> assessments = randomAssessments(random, false);
    for (int i = 0; i < ASSESSMENTS; i++) {
      Assessment a = assessments.get(i);
      List<ForceScore> forces = a.score().forces();
      String label = "case " + i;
      assertThat(forces).as(label).extracting(ForceScore::rank).contains(1);
      for (ForceScore x : forces) {
        long better = forces.stream().filter(y -> y.rank() < x.rank()).count();
        // competition ranks: a rank of r means r - 1 forces ahead ("1, 2, 2, 4")
        assertThat(x.rank()).as(label + " " + x.forceCode()).isEqualTo((int) better + 1);
        for (ForceScore y : forces) {
          String pair = label + ": " + x.forceCode() + " " + x.overallScore() + " rank " + x.rank() + " / "
              + y.forceCode() + " " + y.overallScore() + " rank " + y.rank();
          if (x.overallScore() > y.overallScore()) {
            assertThat(x.rank()).as(pair).isLessThanOrEqualTo(y.rank());
            assertThat(x.quartile()).as(pair).isLessThanOrEqualTo(y.quartile());
          } else if (x.overallScore() == y.overallScore()) {
            assertThat(x.rank()).as(pair).isEqualTo(y.rank());
            assertThat(x.quartile()).as(pair).isEqualTo(y.quartile());
          }
        }
      }
      // the list is in rank order
      assertThat(forces).as(label).extracting(ForceScore::rank).isSorted();
    }
  }

  // --- random codes, forces and evidence ---

  /**
   * Random codes of 1-4 domains of 1-4 requirements, each with 1-10 forces in up to three peer
   * groups and evidence for most force-requirement pairs. With {@code perForce}, only the methods
   * and missing policies that score a force from its own evidence alone: threshold, boolean and
   * goalposts; not_met and exclude.
   */
  private static List<Assessment> randomAssessments(Random random, boolean perForce) throws InvalidCodeException {
    List<NetworkCode> codes = randomCodes(perForce);
    List<Assessment> assessments = new ArrayList<>();
    for (int i = 0; i < ASSESSMENTS; i++) {
      assessments.add(randomAssessment(random, codes.get(random.nextInt(codes.size()))));
    }
    return assessments;
  }

  /** Random codes, loaded once for every test: loading a code is the slow part. */
  private static synchronized List<NetworkCode> randomCodes(boolean perForce) throws InvalidCodeException {
    List<NetworkCode> codes = CODES.get(perForce);
    if (codes == null) {
      Random random = new Random(SEED + (perForce ? 100 : 200));
      codes = new ArrayList<>();
      for (int c = 0; c < RANDOM_CODES; c++) {
        codes.add(randomCode(random, perForce));
      }
      CODES.put(perForce, codes);
    }
    return codes;
  }

  private static Assessment randomAssessment(Random random, NetworkCode code) {
    List<Force> forces = new ArrayList<>();
    int n = 1 + random.nextInt(10);
    for (int f = 1; f <= n; f++) {
      String slug = "force-" + f;
      forces.add(new Force(String.format("E23%06d", f), "Force " + f, "Force " + f, slug, "England", "North East",
          "territorial", "G" + random.nextInt(3), 1000, 500_000L));
    }
    Map<ForceRequirement, MeasuredEvidence> evidence = new HashMap<>();
    for (Force force : forces) {
      for (Requirement requirement : code.requirements().toList()) {
        putRandomEvidence(random, evidence, force.code(), requirement);
      }
    }
    return new Assessment(code, forces, evidence);
  }

  private static NetworkCode randomCode(Random random, boolean perForce) throws InvalidCodeException {
    StringBuilder yaml = new StringBuilder("code: random\nversion: \"1\"\n");
    yaml.append("aggregation: ").append(random.nextBoolean() ? "arithmetic" : "geometric").append('\n');
    yaml.append("levels:\n  - {level: 1, name: L1, min_score: 0}\n");
    double minScore = 0;
    int levels = 1 + random.nextInt(4);
    for (int l = 2; l <= levels; l++) {
      minScore += 0.05 + random.nextDouble() * 0.25;
      yaml.append("  - {level: ").append(l).append(", name: L").append(l).append(", min_score: ").append(minScore);
      if (random.nextBoolean()) {
        yaml.append(", min_domain_score: ").append(random.nextDouble() * minScore);
      }
      yaml.append("}\n");
    }
    yaml.append("domains:\n");
    int domains = 1 + random.nextInt(4);
    for (int d = 0; d < domains; d++) {
      yaml.append("  - id: D").append(d).append('\n')
          .append("    title: Domain ").append(d).append('\n')
          .append("    weight: ").append(randomWeight(random)).append('\n')
          .append("    requirements:\n");
      int requirements = 1 + random.nextInt(4);
      for (int q = 0; q < requirements; q++) {
        yaml.append("      - id: D").append(d).append('-').append(q).append('\n')
            .append("        title: Requirement ").append(q).append('\n')
            .append("        weight: ").append(randomWeight(random)).append('\n')
            .append("        evidence: {source: inventory, measure: \"").append(MEASURE).append("\"}\n")
            .append("        scoring: ").append(yaml(randomRule(random, perForce))).append('\n')
            .append("        missing: ").append(randomMissing(random, perForce)).append('\n');
      }
    }
    return CodeLoader.parse("random.yaml", yaml.toString());
  }

  private static double randomWeight(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> 1.0;
      case 1 -> 2.0;
      case 2 -> 0.5;
      case 3 -> 3.0;
      default -> 0.1 + random.nextDouble() * 5;
    };
  }

  private static String randomMissing(Random random, boolean perForce) {
    return switch (random.nextInt(perForce ? 2 : 3)) {
      case 0 -> "not_met";
      case 1 -> "exclude";
      default -> "peer_median";
    };
  }

  /** A rule as the code loader would give it; with {@code perForce}, no linear. */
  private static ScoringRule randomRule(Random random, boolean perForce) {
    int kind = random.nextInt(perForce ? 3 : 4);
    boolean lowerIsBetter = random.nextInt(3) == 0;
    switch (kind) {
      case 0 -> {
        double met = Math.round((0.1 + random.nextDouble() * 0.9) * 100) / 100.0;
        double partial = Math.round(met * random.nextDouble() * 100) / 100.0;
        return new ScoringRule(ScoringMethod.THRESHOLD, met, partial, null, null, false, false);
      }
      case 1 -> {
        return new ScoringRule(ScoringMethod.BOOLEAN, null, null, null, null, false, false);
      }
      case 2 -> {
        boolean log10 = random.nextBoolean();
        double[] posts = goalposts(random, log10);
        return new ScoringRule(ScoringMethod.GOALPOSTS, null, null, posts[0], posts[1], log10, lowerIsBetter);
      }
      default -> {
        boolean log10 = random.nextBoolean();
        if (random.nextInt(3) == 0) {
          double[] posts = goalposts(random, log10);
          return new ScoringRule(ScoringMethod.LINEAR, null, null, posts[0], posts[1], log10, lowerIsBetter);
        }
        return new ScoringRule(ScoringMethod.LINEAR, null, null, null, null, log10, lowerIsBetter);
      }
    }
  }

  private static double[] goalposts(Random random, boolean log10) {
    if (log10) {
      double min = new double[] {0.1, 1, 10}[random.nextInt(3)];
      return new double[] {min, min * Math.pow(10, 1 + random.nextInt(3))};
    }
    double min = random.nextInt(60) - 10;
    return new double[] {min, min + 1 + random.nextInt(100)};
  }

  /** The rule in the code file's words. */
  private static String yaml(ScoringRule rule) {
    StringBuilder text = new StringBuilder("{method: ").append(rule.method().key());
    if (rule.met() != null) {
      text.append(", met: ").append(rule.met()).append(", partial: ").append(rule.partial());
    }
    if (rule.min() != null) {
      text.append(", min: ").append(rule.min()).append(", max: ").append(rule.max());
    }
    if (rule.log10()) {
      text.append(", transform: log10");
    }
    if (rule.lowerIsBetter()) {
      text.append(", direction: lower_is_better");
    }
    return text.append('}').toString();
  }

  /**
   * Evidence for one force and requirement, or none: mostly a value around the rule's scale, with
   * values exactly on and a rounding error off its boundaries, zero and below, and the shapes of
   * missing evidence the aggregation gives (no rows; rows but no value).
   */
  private static void putRandomEvidence(Random random, Map<ForceRequirement, MeasuredEvidence> evidence, String force,
      Requirement requirement) {
    ForceRequirement key = new ForceRequirement(force, requirement.id());
    int shape = random.nextInt(100);
    if (shape < 8) {
      return;
    }
    long rows = 1 + random.nextInt(50);
    Double value;
    if (shape < 12) {
      value = null;
      rows = 0;
    } else if (shape < 15) {
      value = 0.0;
      rows = 0;
    } else if (shape < 19) {
      value = Double.NaN;
    } else if (shape < 21) {
      value = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    } else {
      value = randomValue(random, requirement.scoring());
    }
    evidence.put(key, new MeasuredEvidence(force, requirement.id(), value, rows));
  }

  private static double randomValue(Random random, ScoringRule rule) {
    double lo;
    double hi;
    switch (rule.method()) {
      case THRESHOLD -> {
        lo = 0;
        hi = 1;
        switch (random.nextInt(8)) {
          case 0 -> {
            return rule.met();
          }
          case 1 -> {
            return rule.partial();
          }
          case 2 -> {
            return rule.met() - 1e-10;
          }
          case 3 -> {
            return rule.partial() - 1e-10;
          }
          default -> {
            // fall through to a value across the scale
          }
        }
      }
      case BOOLEAN -> {
        return random.nextInt(4) == 0 ? random.nextDouble() : random.nextInt(2);
      }
      default -> {
        lo = rule.min() != null ? rule.min() : rule.log10() ? 1 : 0;
        hi = rule.max() != null ? rule.max() : rule.log10() ? 1000 : 100;
        switch (random.nextInt(10)) {
          case 0 -> {
            return lo;
          }
          case 1 -> {
            return hi;
          }
          case 2 -> {
            return 0.0;
          }
          case 3 -> {
            return -1 - random.nextInt(20);
          }
          case 4 -> {
            return hi + 1e-10;
          }
          default -> {
            if (rule.log10()) {
              double span = Math.log10(hi) - Math.log10(lo);
              return Math.pow(10, Math.log10(lo) - 0.5 + random.nextDouble() * (span + 1));
            }
          }
        }
      }
    }
    double span = hi - lo;
    return lo - 0.2 * span + random.nextDouble() * 1.4 * span;
  }

  // --- comparisons ---

  /**
   * The forces' own scores, keyed by force and requirement, force and domain, or force: those that
   * depend on no other force (not rank, quartile or peer medians).
   */
  private static Map<Object, List<Object>> ownScores(Scorer.Scores scores, Predicate<String> forces) {
    Map<Object, List<Object>> own = new HashMap<>();
    scores.requirements().stream().filter(r -> forces.test(r.forceCode()))
        .forEach(r -> own.put(new ForceRequirement(r.forceCode(), r.requirementId()),
            Arrays.asList(r.score(), r.status(), r.measureValue(), r.evidenceCount(), r.nextYearScore())));
    scores.domains().stream().filter(d -> forces.test(d.forceCode()))
        .forEach(d -> own.put(new ForceDomain(d.forceCode(), d.domainId()),
            Arrays.asList(d.score(), d.requirementsScored(), d.requirementsExcluded(), d.nextYearScore())));
    scores.forces().stream().filter(f -> forces.test(f.forceCode()))
        .forEach(f -> own.put(f.forceCode(),
            Arrays.asList(f.overallScore(), f.maturityLevel(), f.levelName(), f.nextYearScore(), f.nextYearLevel())));
    return own;
  }

  private static <T> Map<Object, T> byKey(List<T> items, Function<T, Object> key) {
    return items.stream().collect(Collectors.toMap(key, t -> t));
  }

  private static ForceScore force(Scorer.Scores scores, String forceCode) {
    return scores.forces().stream().filter(f -> f.forceCode().equals(forceCode)).findFirst().orElseThrow();
  }

  private static void assertInUnitIntervalOrNull(Double score, String at) {
    if (score != null) {
      assertThat(score).as(at).isNotNaN().isBetween(0.0, 1.0);
    }
  }
}
