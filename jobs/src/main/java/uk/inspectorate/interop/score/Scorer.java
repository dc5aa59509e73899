package uk.inspectorate.interop.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.MissingPolicy;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.ScoringMethod;
import uk.inspectorate.interop.code.ScoringRule;
import uk.inspectorate.interop.ingest.Force;

/**
 * Turns measured evidence into requirement results, domain scores, overall scores, maturity
 * levels and ranks. It runs on the driver over small collected results (forces x requirements)
 * and is plain Java, so every step can be checked by hand.
 */
public final class Scorer {

  /** Everything scored for one assessment year. */
  public record Scores(List<RequirementResult> requirements, List<DomainScore> domains, List<ForceScore> forces) {}

  private Scorer() {}

  /**
   * @param evidence measures keyed by {@link #key(String, String)} of force and requirement; a
   *     force with no rows for a requirement may be absent
   * @param answers self-reported answer values keyed by force and question id, for cross-checks
   */
  public static Scores score(NetworkCode code, List<Force> forces, Map<String, MeasuredEvidence> evidence,
      Map<String, Double> answers) {
    Map<String, RequirementResult> results = new HashMap<>();
    for (Requirement requirement : code.requirements().toList()) {
      scoreRequirement(code, requirement, forces, evidence, answers, results);
    }
    List<RequirementResult> requirementResults = new ArrayList<>();
    List<DomainScore> domainScores = new ArrayList<>();
    double[] overall = new double[forces.size()];
    List<Level> levels = new ArrayList<>();
    for (int f = 0; f < forces.size(); f++) {
      Force force = forces.get(f);
      List<Double> domainValues = new ArrayList<>();
      List<Double> domainWeights = new ArrayList<>();
      List<Double> everyDomain = new ArrayList<>();
      for (Domain domain : code.domains()) {
        List<Double> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int excluded = 0;
        for (Requirement requirement : domain.requirements()) {
          RequirementResult result = results.get(key(force.code(), requirement.id()));
          requirementResults.add(result);
          if (result.score() == null) {
            excluded++;
          } else {
            values.add(result.score());
            weights.add(requirement.weight());
          }
        }
        Double score = values.isEmpty() ? null
            : Scoring.weightedMean(Scoring.toArray(values), Scoring.toArray(weights));
        domainScores.add(new DomainScore(force.code(), domain.id(), score, values.size(), excluded));
        everyDomain.add(score);
        if (score != null) {
          domainValues.add(score);
          domainWeights.add(domain.weight());
        }
      }
      overall[f] = domainValues.isEmpty() ? 0.0 : switch (code.aggregation()) {
        case ARITHMETIC -> Scoring.weightedMean(Scoring.toArray(domainValues), Scoring.toArray(domainWeights));
        case GEOMETRIC -> Scoring.weightedGeometricMean(Scoring.toArray(domainValues), Scoring.toArray(domainWeights));
      };
      levels.add(Scoring.level(code.levels(), overall[f], everyDomain));
    }
    int[] ranks = Scoring.ranks(overall);
    List<ForceScore> forceScores = new ArrayList<>();
    for (int f = 0; f < forces.size(); f++) {
      Force force = forces.get(f);
      Level level = levels.get(f);
      forceScores.add(new ForceScore(force.code(), force.name(), force.slug(), force.region(),
          force.peerGroup(), overall[f], level.level(), level.name(), ranks[f]));
    }
    forceScores.sort(Comparator.comparingInt(ForceScore::rank).thenComparing(ForceScore::forceCode));
    return new Scores(requirementResults, domainScores, forceScores);
  }

  public static String key(String forceCode, String id) {
    return forceCode + "|" + id;
  }

  private static void scoreRequirement(NetworkCode code, Requirement requirement, List<Force> forces,
      Map<String, MeasuredEvidence> evidence, Map<String, Double> answers, Map<String, RequirementResult> out) {
    ScoringRule rule = requirement.scoring();
    List<Double> observed = forces.stream()
        .map(f -> evidence.get(key(f.code(), requirement.id())))
        .filter(e -> e != null && e.present())
        .map(MeasuredEvidence::value)
        // On a log scale only positive values have a place; zero and below score 0.
        .filter(v -> !rule.log10() || v > 0)
        .toList();
    double observedMin = observed.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double observedMax = observed.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<String, Double> scored = new HashMap<>();
    List<Force> missing = new ArrayList<>();
    for (Force force : forces) {
      MeasuredEvidence e = evidence.get(key(force.code(), requirement.id()));
      if (e == null || !e.present()) {
        missing.add(force);
        continue;
      }
      Scoring.Scored s = Scoring.score(rule, e.value(), observedMin, observedMax);
      scored.put(force.code(), s.score());
      Double self = selfReported(code, requirement, force, answers);
      CrossCheck check = crossCheck(code, requirement, rule, s, self, observedMin, observedMax);
      out.put(key(force.code(), requirement.id()), new RequirementResult(force.code(), requirement.id(),
          requirement.domainId(), e.value(), s.score(), s.status(), e.rows(), rule.method().key(),
          rule.parameters(), Reasons.scored(rule, e, s, observedMin, observedMax), null, self, check));
    }
    for (Force force : missing) {
      MeasuredEvidence e = evidence.get(key(force.code(), requirement.id()));
      long rows = e == null ? 0 : e.rows();
      Double score;
      String handling;
      if (requirement.missing() == MissingPolicy.EXCLUDE) {
        score = null;
        handling = "left out of the domain score (missing: exclude)";
      } else if (requirement.missing() == MissingPolicy.PEER_MEDIAN) {
        Double median = Scoring.median(forces.stream()
            .filter(f -> f.peerGroup().equals(force.peerGroup()) && scored.containsKey(f.code()))
            .map(f -> scored.get(f.code())).toList());
        score = median == null ? 0.0 : median;
        handling = median == null
            ? "scored 0: no force in its peer group has evidence (missing: peer_median)"
            : "given its peer group's median score, " + Scoring.number(median) + " (missing: peer_median)";
      } else {
        score = 0.0;
        handling = "scored 0 (missing: not_met)";
      }
      Double self = selfReported(code, requirement, force, answers);
      out.put(key(force.code(), requirement.id()), new RequirementResult(force.code(), requirement.id(),
          requirement.domainId(), e == null ? null : e.value(), score, Status.NO_EVIDENCE, rows,
          rule.method().key(), rule.parameters(), Reasons.noEvidence(requirement, rows) + "; " + handling,
          handling, self, requirement.crossCheckQuestion() == null ? null : self == null ? CrossCheck.NO_ANSWER : null));
    }
  }

  private static Double selfReported(NetworkCode code, Requirement requirement, Force force, Map<String, Double> answers) {
    return requirement.crossCheckQuestion() == null ? null
        : answers.get(key(force.code(), requirement.crossCheckQuestion()));
  }

  /**
   * Scores the self-reported answer, rescaled to a fraction (Likert /4, percent /100, a choice by
   * its place among the options, last = 1), as if it
   * were the measure; the self-assessment is contradicted when it claims at least one status level
   * (half the score range) more than the evidence earns.
   */
  private static CrossCheck crossCheck(NetworkCode code, Requirement requirement, ScoringRule rule,
      Scoring.Scored evidence, Double self, double observedMin, double observedMax) {
    if (requirement.crossCheckQuestion() == null) {
      return null;
    }
    if (self == null) {
      return CrossCheck.NO_ANSWER;
    }
    QuestionType type = code.question(requirement.crossCheckQuestion()).map(Question::type).orElse(QuestionType.NUMBER);
    int options = code.question(requirement.crossCheckQuestion()).map(q -> q.options().size()).orElse(2);
    double claimed = switch (type) {
      case LIKERT_0_4 -> self / 4.0;
      case PERCENT -> self / 100.0;
      case CHOICE -> self / Math.max(1, options - 1);
      default -> self;
    };
    double claimedScore = rule.method() == ScoringMethod.LINEAR && rule.min() == null
        ? Scoring.clamp(claimed) : Scoring.score(rule, claimed, observedMin, observedMax).score();
    return claimedScore - evidence.score() >= 0.5 - Scoring.TOLERANCE ? CrossCheck.CONTRADICTED : CrossCheck.AGREES;
  }
}
