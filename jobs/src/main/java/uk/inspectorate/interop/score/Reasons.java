package uk.inspectorate.interop.score;

import java.util.List;
import uk.inspectorate.interop.code.Evidence;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.ScoringMethod;
import uk.inspectorate.interop.code.ScoringRule;
import uk.inspectorate.interop.code.Unit;

/**
 * The one-line reasons published beside each requirement result, in plain English and in the
 * measure's unit: "42 of 57 core systems (74%) hold POLE data; met needs 90%, partial 50%: partly met".
 */
final class Reasons {
  /** Systems named in a look-ahead reason before the rest are counted. */
  static final int SYSTEMS_NAMED = 5;

  private Reasons() {}

  static String scored(Requirement requirement, MeasuredEvidence e, Scoring.Scored s, double observedMin, double observedMax) {
    ScoringRule rule = requirement.scoring();
    Unit unit = requirement.evidence().unit();
    double lo = rule.min() != null ? rule.min() : observedMin;
    double hi = rule.max() != null ? rule.max() : observedMax;
    // Enough decimals that a value just under a threshold never reads as on it ("94.8%", not "95%").
    int places = unit.placesToTell(e.value(), java.util.stream.Stream.of(rule.met(), rule.partial(),
        rule.method() == ScoringMethod.LINEAR || rule.method() == ScoringMethod.GOALPOSTS ? lo : null,
        rule.method() == ScoringMethod.LINEAR || rule.method() == ScoringMethod.GOALPOSTS ? hi : null)
        .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).toArray());
    String measured = measured(requirement.evidence(), e, places);
    return switch (rule.method()) {
      case THRESHOLD -> measured + "; met needs " + unit.format(rule.met()) + ", partial "
          + unit.format(rule.partial()) + ": " + words(s.status());
      case BOOLEAN -> unit == Unit.YES_NO ? measured + "; " + words(s.status())
          : measured + "; met when true (non-zero): " + words(s.status());
      case LINEAR -> {
        String bounds = rule.min() != null ? "goalposts " : "the lowest and highest forces, ";
        yield measured + "; scored " + Scoring.number(s.score()) + " on a line between " + bounds
            + unit.format(lo) + " and " + unit.format(hi) + direction(rule) + capped(e.value(), lo, hi);
      }
      case GOALPOSTS -> measured + "; scored " + Scoring.number(s.score()) + " between goalposts "
          + unit.format(rule.min()) + " and " + unit.format(rule.max())
          + (rule.log10() ? " on a log10 scale" : "") + direction(rule) + capped(e.value(), rule.min(), rule.max());
    };
  }

  /** Says when a value beyond a goalpost was capped, so a score of 1 or 0 is not read as exact. */
  private static String capped(double value, double lo, double hi) {
    if (value > hi + Scoring.TOLERANCE) {
      return " (above the top goalpost, so capped)";
    }
    return value < lo - Scoring.TOLERANCE ? " (below the bottom goalpost, so capped)" : "";
  }

  /** The measure in words: the code's {@code explain} sentence filled in, or the value and its rows. */
  static String measured(Evidence evidence, MeasuredEvidence e, int extraPlaces) {
    String value = evidence.unit().format(e.value(), extraPlaces);
    String rows = String.valueOf(e.rows());
    if (evidence.explain() == null) {
      return "measured " + value + " from " + rows + (e.rows() == 1 ? " row" : " rows");
    }
    return evidence.explain()
        .replace("{value}", value)
        .replace("{rows}", rows)
        .replace("{n}", String.valueOf(Math.round(e.value() * e.rows())));
  }

  static String noEvidence(Requirement requirement, long rows) {
    return rows == 0
        ? "no " + requirement.evidence().source().key() + " rows match this requirement"
        : rows + " rows match but the measure has no value (e.g. a division by zero)";
  }

  /** The look-ahead's reason: the systems passing end of support, then the result a year on. */
  static String aYearOn(uk.inspectorate.interop.code.Source source, String reason, List<String> leaving) {
    if (source != uk.inspectorate.interop.code.Source.INVENTORY) {
      return "a year on: " + reason;
    }
    if (leaving.isEmpty()) {
      return "a year on, no system behind it passes end of support: " + reason;
    }
    String named = String.join(", ", leaving.subList(0, Math.min(SYSTEMS_NAMED, leaving.size())))
        + (leaving.size() > SYSTEMS_NAMED ? " and " + (leaving.size() - SYSTEMS_NAMED) + " more" : "");
    return "a year on, " + leaving.size() + (leaving.size() == 1 ? " system passes" : " systems pass")
        + " end of support (" + named + "): " + reason;
  }

  private static String direction(ScoringRule rule) {
    return rule.lowerIsBetter() ? " (lower is better)" : "";
  }

  private static String words(Status status) {
    return switch (status) {
      case MET -> "met";
      case PARTIAL -> "partly met";
      case NOT_MET -> "not met";
      case NO_EVIDENCE -> "no evidence";
      case NOT_APPLICABLE -> "not applicable";
    };
  }
}
