package uk.inspectorate.interop.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.ScoringRule;

/**
 * The maths of the assessment, as plain functions over numbers: scoring a measure, weighted
 * means, maturity levels, ranks and medians. Nothing here knows about Spark or files.
 */
public final class Scoring {

  /** Scores within this of a boundary count as on it, so that 0.9 computed as 0.8999999 is met. */
  public static final double TOLERANCE = 1e-9;

  private Scoring() {}

  /** A score in [0, 1] with its status. */
  public record Scored(double score, Status status) {}

  /**
   * Scores a measure value by the requirement's rule.
   *
   * @param observedMin the lowest value among the forces assessed (used by linear without bounds)
   * @param observedMax the highest value among the forces assessed
   */
  public static Scored score(ScoringRule rule, double value, double observedMin, double observedMax) {
    return switch (rule.method()) {
      case THRESHOLD -> value >= rule.met() - TOLERANCE ? new Scored(1.0, Status.MET)
          : value >= rule.partial() - TOLERANCE ? new Scored(0.5, Status.PARTIAL)
          : new Scored(0.0, Status.NOT_MET);
      case BOOLEAN -> value != 0.0 ? new Scored(1.0, Status.MET) : new Scored(0.0, Status.NOT_MET);
      case LINEAR -> continuous(rule, value,
          rule.min() != null ? rule.min() : observedMin, rule.max() != null ? rule.max() : observedMax);
      case GOALPOSTS -> continuous(rule, value, rule.min(), rule.max());
    };
  }

  /**
   * Min-max between two goalposts, after the optional log10 transform, capped to [0, 1] and
   * reversed when lower is better. When the goalposts coincide (every force has the same value),
   * every force is scored 1: none is behind another.
   */
  static Scored continuous(ScoringRule rule, double value, double min, double max) {
    double v = value;
    double lo = min;
    double hi = max;
    if (rule.log10()) {
      if (value <= 0) {
        // Below any point of a log scale: the best possible when lower is better, else the worst.
        return rule.lowerIsBetter() ? new Scored(1.0, Status.MET) : new Scored(0.0, Status.NOT_MET);
      }
      if (min <= 0 || max <= 0) {
        // No positive goalposts (linear, and no force measured above 0): there is no scale.
        return new Scored(0.0, Status.NOT_MET);
      }
      // The code loader refuses min <= 0 with log10; a measured 0 or less is below the bottom goalpost.
      v = value > 0 ? Math.log10(value) : Double.NEGATIVE_INFINITY;
      lo = Math.log10(min);
      hi = Math.log10(max);
    }
    double score = hi - lo <= TOLERANCE ? 1.0 : clamp((v - lo) / (hi - lo));
    if (rule.lowerIsBetter() && hi - lo > TOLERANCE) {
      score = 1.0 - score;
    }
    return new Scored(score, statusOf(score));
  }

  /** MET at the top goalpost, NOT_MET at the bottom, PARTIAL between. */
  static Status statusOf(double score) {
    if (score >= 1.0 - TOLERANCE) {
      return Status.MET;
    }
    return score <= TOLERANCE ? Status.NOT_MET : Status.PARTIAL;
  }

  static double clamp(double x) {
    return Math.max(0.0, Math.min(1.0, x));
  }

  /** Weighted arithmetic mean; weights need not sum to 1. */
  public static double weightedMean(double[] values, double[] weights) {
    double sum = 0;
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i] * weights[i];
      total += weights[i];
    }
    return clamp(sum / total);
  }

  /** Weighted geometric mean: any zero value gives zero, so a failed domain cannot be offset. */
  public static double weightedGeometricMean(double[] values, double[] weights) {
    double logSum = 0;
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] <= 0) {
        return 0.0;
      }
      logSum += weights[i] * Math.log(values[i]);
      total += weights[i];
    }
    return clamp(Math.exp(logSum / total));
  }

  /**
   * The highest level whose minimum overall score the force reaches and whose minimum domain score,
   * if any, every one of its domains reaches. Levels are ordered lowest first. A domain without a
   * score (every requirement excluded for lack of evidence) cannot show that it reaches a gate,
   * so it holds the force below any level that has one.
   */
  public static Level level(List<Level> levels, double overall, Collection<Double> domainScores) {
    Level reached = levels.get(0);
    for (Level level : levels) {
      boolean overallOk = overall >= level.minScore() - TOLERANCE;
      boolean domainsOk = level.minDomainScore() == null
          || domainScores.stream().allMatch(d -> d != null && d >= level.minDomainScore() - TOLERANCE);
      if (overallOk && domainsOk) {
        reached = level;
      } else {
        break;
      }
    }
    return reached;
  }

  /** Standard competition ranks, highest first: scores {0.9, 0.7, 0.7, 0.5} rank {1, 2, 2, 4}. */
  public static int[] ranks(double[] scores) {
    int[] ranks = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      int higher = 0;
      for (double other : scores) {
        if (other > scores[i] + TOLERANCE) {
          higher++;
        }
      }
      ranks[i] = higher + 1;
    }
    return ranks;
  }

  /** The median, or null for no values. */
  public static Double median(Collection<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /** Quartile boundaries (25th, 50th, 75th percentiles, linear interpolation). */
  public static double[] quartiles(Collection<Double> values) {
    if (values.isEmpty()) {
      return new double[] {0, 0, 0};
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    List<Double> q = new ArrayList<>();
    for (double p : new double[] {0.25, 0.5, 0.75}) {
      double pos = p * (sorted.length - 1);
      int lo = (int) Math.floor(pos);
      int hi = (int) Math.ceil(pos);
      q.add(sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo));
    }
    return q.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * The national quartile of a rank among {@code n} forces, by the share of forces ranked above
   * it: {@code 1 + floor(4 * (rank - 1) / n)}, so rank 1 is always in the top quartile and the last
   * of 43 in the fourth. Forces with equal scores share a rank and so a quartile, and many forces
   * tied low can never all be "top quartile".
   */
  public static int quartile(int rank, int n) {
    return Math.min(4, 1 + 4 * (rank - 1) / Math.max(1, n));
  }

  static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e12) {
      return String.valueOf((long) value);
    }
    String text = String.format(java.util.Locale.ROOT, "%.3f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
