package uk.inspectorate.interop.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * levels, ranks, peer-group medians and quartiles, now and a year on. It runs on the driver over
 * small collected results (forces x requirements) and is plain Java, so every step can be checked
 * by hand.
 */
public final class Scorer {

  /** Everything scored for one assessment year. */
  public record Scores(List<RequirementResult> requirements, List<DomainScore> domains, List<ForceScore> forces,
      List<LifecycleRisk> lifecycleRisks) {
    public Scores {
      lifecycleRisks = List.copyOf(lifecycleRisks);
    }

    public Scores(List<RequirementResult> requirements, List<DomainScore> domains, List<ForceScore> forces) {
      this(requirements, domains, forces, List.of());
    }

    /**
     * The same scores with the inventory's lifecycle risks, each naming only the requirements
     * whose score a year on is below today's (a system passing end of support may not change the
     * score, e.g. when others behind the requirement already fail it).
     */
    public Scores withLifecycleRisks(List<LifecycleRisk> risks) {
      java.util.Set<ForceRequirement> lowered = new java.util.HashSet<>();
      for (RequirementResult r : requirements) {
        if (r.score() != null && r.nextYearScore() != null && r.nextYearScore() < r.score() - Scoring.TOLERANCE) {
          lowered.add(new ForceRequirement(r.forceCode(), r.requirementId()));
        }
      }
      List<LifecycleRisk> checked = risks.stream().map(risk -> new LifecycleRisk(risk.forceCode(), risk.assetId(),
          risk.category(), risk.vendor(), risk.product(), risk.version(), risk.endOfSupport(), risk.passesWithinYear(),
          risk.requirementIds().stream().filter(id -> lowered.contains(new ForceRequirement(risk.forceCode(), id))).toList())).toList();
      return new Scores(requirements, domains, forces, checked);
    }
  }

  /**
   * The evidence a year after the as-of date, for requirements whose measure reads {@code as_of}:
   * the measures, and the systems behind each that pass end of support within the year, both
   * by force and requirement.
   */
  public record LookAhead(Map<ForceRequirement, MeasuredEvidence> measures,
      Map<ForceRequirement, List<String>> systemsLeaving) {
    public static final LookAhead NONE = new LookAhead(Map.of(), Map.of());

    boolean covers(Requirement requirement) {
      return requirement.evidence().usesAsOf()
          && measures.keySet().stream().anyMatch(k -> k.requirementId().equals(requirement.id()));
    }
  }

  private Scorer() {}

  /** Scores without a look-ahead: a year on, every score is as now. */
  public static Scores score(NetworkCode code, List<Force> forces, Map<ForceRequirement, MeasuredEvidence> evidence,
      Map<ForceQuestion, Double> answers) {
    return score(code, forces, evidence, answers, LookAhead.NONE);
  }

  /**
   * @param evidence measures by force and requirement; a force with no rows for a requirement
   *     may be absent
   * @param answers self-reported answer values by force and question, for cross-checks
   * @param lookAhead the evidence a year on
   */
  public static Scores score(NetworkCode code, List<Force> forces, Map<ForceRequirement, MeasuredEvidence> evidence,
      Map<ForceQuestion, Double> answers, LookAhead lookAhead) {
    Map<ForceRequirement, RequirementResult> results = new HashMap<>();
    for (Requirement requirement : code.requirements().toList()) {
      scoreRequirement(code, requirement, forces, evidence, answers, lookAhead, results);
    }
    RollUp now = rollUp(code, forces, results, RequirementResult::score);
    RollUp next = rollUp(code, forces, results, RequirementResult::nextYearScore);

    List<RequirementResult> requirementResults = new ArrayList<>();
    List<DomainScore> domainScores = new ArrayList<>();
    for (Force force : forces) {
      List<Force> peers = forces.stream().filter(p -> p.peerGroup().equals(force.peerGroup())).toList();
      for (Domain domain : code.domains()) {
        for (Requirement requirement : domain.requirements()) {
          requirementResults.add(results.get(new ForceRequirement(force.code(), requirement.id())));
        }
        ForceDomain k = new ForceDomain(force.code(), domain.id());
        Double score = now.domains.get(k);
        Double peerMedian = Scoring.median(peers.stream().map(p -> now.domains.get(new ForceDomain(p.code(), domain.id())))
            .filter(s -> s != null).toList());
        domainScores.add(new DomainScore(force.code(), domain.id(), score, now.scored.get(k), now.excluded.get(k),
            peerMedian, score == null || peerMedian == null ? null : score - peerMedian, next.domains.get(k)));
      }
    }

    double[] overall = forces.stream().mapToDouble(f -> now.overall.get(f.code())).toArray();
    int[] ranks = Scoring.ranks(overall);
    List<ForceScore> forceScores = new ArrayList<>();
    for (int f = 0; f < forces.size(); f++) {
      Force force = forces.get(f);
      double peerMedian = Scoring.median(forces.stream().filter(p -> p.peerGroup().equals(force.peerGroup()))
          .map(p -> now.overall.get(p.code())).toList());
      Level level = now.levels.get(force.code());
      Level nextLevel = next.levels.get(force.code());
      forceScores.add(new ForceScore(force.code(), force.name(), force.slug(), force.region(), force.peerGroup(),
          overall[f], level.level(), level.name(), ranks[f], peerMedian, overall[f] - peerMedian,
          Scoring.quartile(ranks[f], forces.size()), next.overall.get(force.code()), nextLevel.level(), nextLevel.name()));
    }
    forceScores.sort(Comparator.comparingInt(ForceScore::rank).thenComparing(ForceScore::forceCode));
    return new Scores(requirementResults, domainScores, forceScores);
  }

  /** Domain scores (keyed by force and domain; null when every requirement is left out), overall scores and levels. */
  private record RollUp(Map<ForceDomain, Double> domains, Map<ForceDomain, Integer> scored,
      Map<ForceDomain, Integer> excluded, Map<String, Double> overall, Map<String, Level> levels) {}

  private static RollUp rollUp(NetworkCode code, List<Force> forces, Map<ForceRequirement, RequirementResult> results,
      Function<RequirementResult, Double> scoreOf) {
    RollUp rollUp = new RollUp(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    for (Force force : forces) {
      List<Double> domainValues = new ArrayList<>();
      List<Double> domainWeights = new ArrayList<>();
      List<Double> everyDomain = new ArrayList<>();
      for (Domain domain : code.domains()) {
        List<Double> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Requirement requirement : domain.requirements()) {
          Double score = scoreOf.apply(results.get(new ForceRequirement(force.code(), requirement.id())));
          if (score != null) {
            values.add(score);
            weights.add(requirement.weight());
          }
        }
        Double score = values.isEmpty() ? null
            : Scoring.weightedMean(Scoring.toArray(values), Scoring.toArray(weights));
        ForceDomain k = new ForceDomain(force.code(), domain.id());
        rollUp.domains.put(k, score);
        rollUp.scored.put(k, values.size());
        rollUp.excluded.put(k, domain.requirements().size() - values.size());
        everyDomain.add(score);
        if (score != null) {
          domainValues.add(score);
          domainWeights.add(domain.weight());
        }
      }
      double overall = domainValues.isEmpty() ? 0.0 : switch (code.aggregation()) {
        case ARITHMETIC -> Scoring.weightedMean(Scoring.toArray(domainValues), Scoring.toArray(domainWeights));
        case GEOMETRIC -> Scoring.weightedGeometricMean(Scoring.toArray(domainValues), Scoring.toArray(domainWeights));
      };
      rollUp.overall.put(force.code(), overall);
      rollUp.levels.put(force.code(), Scoring.level(code.levels(), overall, everyDomain));
    }
    return rollUp;
  }

  /** One force's score for a requirement, with how it was reached. */
  private record Outcome(Double value, Double score, Status status, long rows, String reason, String handling,
      Scoring.Scored scored) {}

  private static void scoreRequirement(NetworkCode code, Requirement requirement, List<Force> forces,
      Map<ForceRequirement, MeasuredEvidence> evidence, Map<ForceQuestion, Double> answers, LookAhead lookAhead,
      Map<ForceRequirement, RequirementResult> out) {
    ScoringRule rule = requirement.scoring();
    List<Double> observed = forces.stream()
        .map(f -> evidence.get(new ForceRequirement(f.code(), requirement.id())))
        .filter(e -> e != null && e.present())
        .map(MeasuredEvidence::value)
        // On a log scale only positive values have a place; zero and below score 0.
        .filter(v -> !rule.log10() || v > 0)
        .toList();
    double observedMin = observed.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double observedMax = observed.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<String, Outcome> now = outcomes(requirement, forces, evidence, observedMin, observedMax);
    // A year on, the scale stays this year's, so that a lower score means a worse position.
    Map<String, Outcome> next = lookAhead.covers(requirement)
        ? outcomes(requirement, forces, lookAhead.measures(), observedMin, observedMax) : null;
    for (Force force : forces) {
      ForceRequirement k = new ForceRequirement(force.code(), requirement.id());
      Outcome o = now.get(force.code());
      Double self = selfReported(requirement, force, answers);
      CrossCheck check = requirement.crossCheckQuestion() == null ? null
          : self == null ? CrossCheck.NO_ANSWER
          : o.scored() == null ? null
          : crossCheck(code, requirement, rule, o.scored(), self, observedMin, observedMax);
      LookAheadResult ahead = null;
      if (next != null) {
        Outcome n = next.get(force.code());
        if (o.scored() != null && n.scored() == null) {
          // Evidence that lapses within the year (every row behind the measure leaves its where)
          // cannot count for the force: scored 0, never excluded or given its peers' median.
          n = new Outcome(n.value(), 0.0, Status.NO_EVIDENCE, n.rows(), Reasons.noEvidence(requirement, n.rows())
              + "; scored 0: evidence the force has now lapses within the year", null, null);
        }
        List<String> leaving = lookAhead.systemsLeaving().getOrDefault(k, List.of());
        ahead = new LookAheadResult(n.value(), n.score(), n.status(), n.rows(),
            Reasons.aYearOn(requirement.evidence().source(), n.reason(), leaving), leaving);
      }
      out.put(k, new RequirementResult(force.code(), requirement.id(), requirement.domainId(), o.value(), o.score(),
          o.status(), o.rows(), rule.method().key(), rule.parameters(), o.reason(), o.handling(), self, check, ahead));
    }
  }

  /** Each force's outcome from one set of measures: scored where present, else by the missing policy. */
  private static Map<String, Outcome> outcomes(Requirement requirement, List<Force> forces,
      Map<ForceRequirement, MeasuredEvidence> evidence, double observedMin, double observedMax) {
    ScoringRule rule = requirement.scoring();
    Map<String, Outcome> outcomes = new HashMap<>();
    Map<String, Double> scored = new HashMap<>();
    for (Force force : forces) {
      MeasuredEvidence e = evidence.get(new ForceRequirement(force.code(), requirement.id()));
      if (e != null && e.present()) {
        Scoring.Scored s = Scoring.score(rule, e.value(), observedMin, observedMax);
        scored.put(force.code(), s.score());
        outcomes.put(force.code(), new Outcome(e.value(), s.score(), s.status(), e.rows(),
            Reasons.scored(requirement, e, s, observedMin, observedMax), null, s));
      }
    }
    for (Force force : forces) {
      if (outcomes.containsKey(force.code())) {
        continue;
      }
      MeasuredEvidence e = evidence.get(new ForceRequirement(force.code(), requirement.id()));
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
      outcomes.put(force.code(), new Outcome(e == null ? null : e.value(), score, Status.NO_EVIDENCE, rows,
          Reasons.noEvidence(requirement, rows) + "; " + handling, handling, null));
    }
    return outcomes;
  }

  private static Double selfReported(Requirement requirement, Force force, Map<ForceQuestion, Double> answers) {
    return requirement.crossCheckQuestion() == null ? null
        : answers.get(new ForceQuestion(force.code(), requirement.crossCheckQuestion()));
  }

  /**
   * Scores the self-reported answer, rescaled to a fraction (Likert /4, percent /100, a choice by
   * its place among the options, last = 1), as if it were the measure; the self-assessment is
   * contradicted when it claims at least one status level (half the score range) more than the
   * evidence earns.
   */
  private static CrossCheck crossCheck(NetworkCode code, Requirement requirement, ScoringRule rule,
      Scoring.Scored evidence, double self, double observedMin, double observedMax) {
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
