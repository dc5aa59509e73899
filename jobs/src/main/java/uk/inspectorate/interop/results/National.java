package uk.inspectorate.interop.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.score.DomainScore;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Scorer;
import uk.inspectorate.interop.score.Scoring;

/**
 * The national picture: how many forces reached each level, the spread of each domain's scores and
 * its weakest requirement, and each peer group's scores and levels.
 *
 * @param forces how many forces were assessed
 * @param overallMedian the median overall score, NaN when no force was assessed
 * @param referenceLevel the level the headline counts forces at or above: the third (Defined in
 *     the sample code), or the top one when there are fewer
 */
public record National(int forces, double overallMedian, Level referenceLevel, List<LevelCount> levels,
    List<DomainStats> domains, List<PeerGroupStats> peerGroups) {

  public National {
    levels = List.copyOf(levels);
    domains = List.copyOf(domains);
    peerGroups = List.copyOf(peerGroups);
  }

  /**
   * The forces at a level of the code, now and last year.
   *
   * @param share of the forces assessed, or null when none was
   * @param lastYear forces at the level last year, or null when there is no last year
   */
  public record LevelCount(Level level, long forces, Double share, Long lastYear) {}

  /**
   * A domain across the forces: the spread of its scores, now and last year, and its weakest
   * requirement (null when no force has a score in the domain). Without scores the statistics
   * are NaN.
   *
   * @param scores the scores of the forces with one, in the order of the forces' results
   */
  public record DomainStats(Domain domain, List<Double> scores, double median, double lowerQuartile,
      double upperQuartile, double min, double max, double mean, Double lastYearMedian, Requirement weakest,
      double weakestMedian) {
    public DomainStats {
      scores = List.copyOf(scores);
    }

    public int forcesScored() {
      return scores.size();
    }

    /** The national median, or null when no force has a score in the domain. */
    public Double medianOrNull() {
      return scores.isEmpty() ? null : median;
    }
  }

  /** A peer group: its forces' overall scores and levels. */
  public record PeerGroupStats(String peerGroup, int forces, double median, double min, double max,
      Map<Integer, Long> forcesByLevel) {}

  /** The statistics of one domain, by id. */
  public DomainStats domain(String domainId) {
    return domains.stream().filter(d -> d.domain().id().equals(domainId)).findFirst().orElseThrow();
  }

  static National of(NetworkCode code, Scorer.Scores scores, LastYear last) {
    List<ForceScore> forces = scores.forces();
    Double median = Scoring.median(forces.stream().map(ForceScore::overallScore).toList());
    List<Level> levels = code.levels();
    Level reference = levels.get(Math.min(2, levels.size() - 1));
    return new National(forces.size(), median == null ? Double.NaN : median, reference,
        levelCounts(code, forces, last), domainStats(code, scores, last), peerGroupStats(code, forces));
  }

  private static List<LevelCount> levelCounts(NetworkCode code, List<ForceScore> forces, LastYear last) {
    List<LevelCount> counts = new ArrayList<>();
    for (Level level : code.levels()) {
      long n = forces.stream().filter(f -> f.maturityLevel() == level.level()).count();
      counts.add(new LevelCount(level, n, forces.isEmpty() ? null : (double) n / forces.size(),
          last == null ? null : last.forcesAt(level.level())));
    }
    return counts;
  }

  private static List<DomainStats> domainStats(NetworkCode code, Scorer.Scores s, LastYear last) {
    List<DomainStats> stats = new ArrayList<>();
    for (Domain domain : code.domains()) {
      List<Double> scores = s.domains().stream()
          .filter(d -> d.domainId().equals(domain.id()) && d.score() != null).map(DomainScore::score).toList();
      Double lastYear = last == null ? null : Scoring.median(s.forces().stream()
          .map(f -> last.domainScore(f.forceCode(), domain.id())).filter(Objects::nonNull).toList());
      Requirement weakest = null;
      double weakestMedian = Double.NaN;
      for (Requirement requirement : domain.requirements()) {
        Double median = Scoring.median(s.requirements().stream()
            .filter(r -> r.requirementId().equals(requirement.id()) && r.score() != null)
            .map(RequirementResult::score).toList());
        if (median != null && (weakest == null || median < weakestMedian)) {
          weakest = requirement;
          weakestMedian = median;
        }
      }
      if (scores.isEmpty()) {
        stats.add(new DomainStats(domain, scores, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, lastYear, weakest, weakestMedian));
        continue;
      }
      double[] q = Scoring.quartiles(scores);
      stats.add(new DomainStats(domain, scores, q[1], q[0], q[2],
          scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
          scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
          scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), lastYear, weakest, weakestMedian));
    }
    return stats;
  }

  private static List<PeerGroupStats> peerGroupStats(NetworkCode code, List<ForceScore> forces) {
    Map<String, List<ForceScore>> groups = forces.stream()
        .collect(Collectors.groupingBy(ForceScore::peerGroup, TreeMap::new, Collectors.toList()));
    List<PeerGroupStats> stats = new ArrayList<>();
    groups.forEach((group, members) -> {
      List<Double> scores = members.stream().map(ForceScore::overallScore).toList();
      Map<Integer, Long> byLevel = new LinkedHashMap<>();
      for (Level level : code.levels()) {
        byLevel.put(level.level(), members.stream().filter(f -> f.maturityLevel() == level.level()).count());
      }
      stats.add(new PeerGroupStats(group, members.size(), Scoring.median(scores),
          scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
          scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), byLevel));
    });
    return stats;
  }
}
