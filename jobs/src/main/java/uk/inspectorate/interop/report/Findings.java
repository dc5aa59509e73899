package uk.inspectorate.interop.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.score.CrossCheck;
import uk.inspectorate.interop.score.DomainScore;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Scoring;

/**
 * The national findings of an assessment, computed from its records: the headline sentences of
 * the Summary, and the statistics of each domain and peer group. Pure functions of the
 * assessment, so every sentence can be checked against the numbers behind it.
 */
public final class Findings {
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Assessment a;
  private final List<ForceScore> forces;

  public Findings(Assessment a) {
    this.a = a;
    this.forces = a.scores().forces();
  }

  /**
   * A domain across the forces: the spread of its scores, now and last year, and its weakest
   * requirement (null when no force has a score in the domain).
   */
  public record DomainStats(Domain domain, int forcesScored, double median, double lowerQuartile, double upperQuartile,
      double min, double max, Double lastYearMedian, Requirement weakest, double weakestMedian) {}

  /** A peer group: its forces' overall scores and levels. */
  public record PeerGroupStats(String peerGroup, int forces, double median, double min, double max,
      Map<Integer, Long> forcesByLevel) {}

  /** The reference level of the headline: the third level (Defined in the sample code), or the top one. */
  Level referenceLevel() {
    List<Level> levels = a.code().levels();
    return levels.get(Math.min(2, levels.size() - 1));
  }

  /** The headline findings, one sentence each, in the order a reader wants them. */
  public List<String> headlines() {
    List<String> lines = new ArrayList<>();
    int n = forces.size();
    if (n == 0) {
      return lines;
    }
    Level level = referenceLevel();
    long reached = forces.stream().filter(f -> f.maturityLevel() >= level.level()).count();
    String since = a.previousYear().map(p -> {
      long before = p.forcesAtOrAbove(level.level());
      return before == reached ? ", the same as in " + p.year() : (before < reached ? ", up from " : ", down from ") + before + " in " + p.year();
    }).orElse("");
    lines.add(reached + " of " + n + " forces reached " + level.name() + " or above" + since + ".");

    List<Double> overall = forces.stream().map(ForceScore::overallScore).toList();
    double median = Scoring.median(overall);
    ForceScore top = forces.stream().max(Comparator.comparingDouble(ForceScore::overallScore)
        .thenComparing(ForceScore::forceCode, Comparator.reverseOrder())).orElseThrow();
    ForceScore bottom = forces.stream().min(Comparator.comparingDouble(ForceScore::overallScore)
        .thenComparing(ForceScore::forceCode)).orElseThrow();
    String change = a.previousYear().filter(p -> !p.overall().isEmpty())
        .map(p -> {
          double before = Scoring.median(p.overall().values());
          // the change between the two percentages the sentence shows, so it adds up
          return ", " + movement((Shown.wholePercent(median) - Shown.wholePercent(before)) / 100.0) + " " + p.year()
              + " (" + percent(before) + ")";
        }).orElse("");
    lines.add("The median overall score is " + percent(median) + change + "; scores run from " + percent(bottom.overallScore())
        + " (" + bottom.name() + ") to " + percent(top.overallScore()) + " (" + top.name() + ").");

    List<DomainStats> domains = domainStats().stream().filter(d -> d.forcesScored() > 0).toList();
    if (domains.size() > 1) {
      DomainStats strongest = domains.stream().max(Comparator.comparingDouble(DomainStats::median)).orElseThrow();
      DomainStats weakest = domains.stream().min(Comparator.comparingDouble(DomainStats::median)).orElseThrow();
      String lowest = weakest.weakest().id() + " (" + lowerFirst(weakest.weakest().title()) + ")";
      if (strongest.median() - weakest.median() < 1e-9) {
        lines.add("Every domain has the same median score, " + percent(weakest.median()) + "; the lowest-scoring requirement of "
            + weakest.domain().title() + " is " + lowest + ".");
      } else {
        lines.add("The strongest domain is " + strongest.domain().title() + " (median " + percent(strongest.median())
            + "); the weakest is " + weakest.domain().title() + " (median " + percent(weakest.median())
            + "), where " + lowest + " scores lowest.");
      }
    }

    List<RequirementResult> contradicted = a.scores().requirements().stream()
        .filter(r -> r.crossCheck() == CrossCheck.CONTRADICTED).toList();
    if (!contradicted.isEmpty()) {
      long forcesContradicted = contradicted.stream().map(RequirementResult::forceCode).distinct().count();
      Map<String, Long> byRequirement = contradicted.stream()
          .collect(Collectors.groupingBy(RequirementResult::requirementId, Collectors.counting()));
      String most = byRequirement.entrySet().stream()
          .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(Map.Entry::getKey).orElseThrow();
      lines.add("In " + forcesContradicted + (forcesContradicted == 1 ? " force" : " forces")
          + " the self-assessment claims more than the evidence shows on at least one requirement ("
          + contradicted.size() + (contradicted.size() == 1 ? " contradiction" : " contradictions") + " in all), "
          + (byRequirement.size() == 1 ? (contradicted.size() == 1 ? "on " : "all on ") : "most often on ")
          + most + " (" + lowerFirst(title(most)) + ").");
    }

    long passing = a.scores().lifecycleRisks().stream().filter(LifecycleRisk::passesWithinYear).count();
    long dropping = forces.stream().filter(f -> f.nextYearLevel() < f.maturityLevel()).count();
    long lowered = forces.stream().filter(f -> f.nextYearScore() < f.overallScore() - 1e-9).count();
    if (passing > 0 || lowered > 0) {
      lines.add("In the year after " + LONG_DATE.format(a.asOf()) + ", " + passing + (passing == 1 ? " system passes" : " systems pass")
          + " end of support; if nothing changed, " + lowered + (lowered == 1 ? " force's" : " forces'")
          + " scores would fall and " + dropping + (dropping == 1 ? " force" : " forces") + " would drop a maturity level.");
    }

    a.previousYear().ifPresent(p -> {
      List<ForceScore> compared = forces.stream().filter(f -> p.overall().containsKey(f.forceCode())).toList();
      if (compared.size() > 1) {
        Comparator<ForceScore> byChange = Comparator.comparingDouble(f -> f.overallScore() - p.overall().get(f.forceCode()));
        ForceScore up = compared.stream().max(byChange.thenComparing(ForceScore::forceCode, Comparator.reverseOrder())).orElseThrow();
        ForceScore down = compared.stream().min(byChange.thenComparing(ForceScore::forceCode)).orElseThrow();
        long improved = compared.stream().filter(f -> f.overallScore() > p.overall().get(f.forceCode()) + 0.005).count();
        long fell = compared.stream().filter(f -> f.overallScore() < p.overall().get(f.forceCode()) - 0.005).count();
        double rise = up.overallScore() - p.overall().get(up.forceCode());
        double fall = down.overallScore() - p.overall().get(down.forceCode());
        List<String> extremes = new ArrayList<>();
        if (Shown.wholePercent(rise) > 0) {
          extremes.add("the largest rise was " + up.name() + " (" + points(rise) + ")");
        }
        if (Shown.wholePercent(fall) < 0) {
          extremes.add("the largest fall " + down.name() + " (" + points(fall) + ")");
        }
        List<String> held = compared.stream().filter(f -> Math.abs(f.overallScore() - p.overall().get(f.forceCode())) <= 0.005)
            .map(ForceScore::name).sorted().toList();
        String unchanged = held.isEmpty() ? "" : held.size() <= 3
            ? ", " + held.size() + " held within half a point (" + joined(held) + ")"
            : ", " + held.size() + " held within half a point";
        lines.add(improved + " of " + compared.size() + " forces improved on " + p.year() + " by more than half a point, "
            + fell + " fell back" + unchanged + (extremes.isEmpty() ? "." : "; " + String.join(", ", extremes) + "."));
      }
    });
    var network = a.network();
    network.capabilities().stream().min(Comparator.comparingDouble(c -> network.connectivity(c.id()))).ifPresent(weakest -> {
      var strongest = network.capabilities().stream().max(Comparator.comparingDouble(c -> network.connectivity(c.id())))
          .orElseThrow();
      long isolated = network.reach().stream().filter(r -> r.capabilityId().equals(weakest.id()) && r.reachable() == 0).count();
      lines.add(percent(network.connectivity(weakest.id())) + " of pairs of forces can exchange data on "
          + weakest.title() + ", the least connected capability ("
          + (isolated == 1 ? "1 force exchanges with none" : isolated + " forces exchange with none") + "), against "
          + percent(network.connectivity(strongest.id())) + " on " + strongest.title() + ".");
    });
    return lines;
  }

  /** Each domain's spread across the forces, in the order of the code. */
  public List<DomainStats> domainStats() {
    List<DomainStats> stats = new ArrayList<>();
    for (Domain domain : a.code().domains()) {
      List<Double> scores = a.scores().domains().stream()
          .filter(d -> d.domainId().equals(domain.id()) && d.score() != null).map(DomainScore::score).toList();
      Double lastYear = a.previousYear().map(p -> {
        List<Double> before = forces.stream().map(f -> p.domainScores().get(f.forceCode() + "|" + domain.id()))
            .filter(Objects::nonNull).toList();
        return Scoring.median(before);
      }).orElse(null);
      Requirement weakest = null;
      double weakestMedian = Double.NaN;
      for (Requirement requirement : domain.requirements()) {
        Double median = Scoring.median(a.scores().requirements().stream()
            .filter(r -> r.requirementId().equals(requirement.id()) && r.score() != null)
            .map(RequirementResult::score).toList());
        if (median != null && (weakest == null || median < weakestMedian)) {
          weakest = requirement;
          weakestMedian = median;
        }
      }
      if (scores.isEmpty()) {
        stats.add(new DomainStats(domain, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, lastYear,
            weakest, weakestMedian));
        continue;
      }
      double[] q = Scoring.quartiles(scores);
      stats.add(new DomainStats(domain, scores.size(), q[1], q[0], q[2],
          scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
          scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), lastYear, weakest, weakestMedian));
    }
    return stats;
  }

  /** Each peer group's overall scores and levels, by name. */
  public List<PeerGroupStats> peerGroupStats() {
    Map<String, List<ForceScore>> groups = forces.stream()
        .collect(Collectors.groupingBy(ForceScore::peerGroup, java.util.TreeMap::new, Collectors.toList()));
    List<PeerGroupStats> stats = new ArrayList<>();
    groups.forEach((group, members) -> {
      List<Double> scores = members.stream().map(ForceScore::overallScore).toList();
      Map<Integer, Long> byLevel = new LinkedHashMap<>();
      for (Level level : a.code().levels()) {
        byLevel.put(level.level(), members.stream().filter(f -> f.maturityLevel() == level.level()).count());
      }
      stats.add(new PeerGroupStats(group, members.size(), Scoring.median(scores),
          scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
          scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), byLevel));
    });
    return stats;
  }

  private String title(String requirementId) {
    return a.code().requirements().filter(r -> r.id().equals(requirementId)).map(Requirement::title).findFirst().orElse(requirementId);
  }

  /** "A", "A and B", "A, B and C". */
  static String joined(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** A share as a whole percentage: 0.624 as "62%". */
  static String percent(double fraction) {
    return Shown.percent(fraction);
  }

  /** A change in percentage points with its sign: "+3 points", "-1 point", "no change". */
  static String points(double change) {
    long p = Shown.wholePercent(change);
    if (p == 0) {
      return "no change";
    }
    return (p > 0 ? "+" : "\u2212") + Math.abs(p) + (Math.abs(p) == 1 ? " point" : " points");
  }


  /** "up 3 points on", "down 1 point on", "unchanged from". */
  static String movement(double change) {
    long p = Shown.wholePercent(change);
    if (p == 0) {
      return "unchanged from";
    }
    return (p > 0 ? "up " : "down ") + Math.abs(p) + (Math.abs(p) == 1 ? " point on" : " points on");
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1)) ? text
        : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

}
