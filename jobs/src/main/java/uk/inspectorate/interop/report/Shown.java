package uk.inspectorate.interop.report;

/**
 * How numbers are rounded wherever a reader sees them (cells, sentences, chart labels), so that
 * the same score never reads differently in two places: scores are shown to a tenth of a percent,
 * and whole percentages and points are rounded from that tenth, halves away from zero.
 */
final class Shown {
  private Shown() {}

  /**
   * A fraction in whole percent, rounded from the tenth of a percent the cells show, so that 0.575
   * (0.57499999... in binary, shown 57.5%) reads 58.
   */
  static long wholePercent(double fraction) {
    long whole = Math.round(Math.round(Math.abs(fraction) * 1000) / 10.0);
    return fraction < 0 ? -whole : whole;
  }

  /** A share as a whole percentage: 0.624 as "62%". */
  static String percent(double fraction) {
    return wholePercent(fraction) + "%";
  }

  /**
   * A difference rounded to the tenth of a point it is shown at, so that a gap of -0.0004 reads
   * 0.0% rather than -0.0%; the published tables keep the exact value.
   */
  static Double difference(Double difference) {
    return difference == null ? null : Math.round(difference * 1000) / 1000.0 + 0.0;
  }
}
