package uk.inspectorate.interop.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How numbers are rounded wherever a reader sees them (cells, sentences, chart labels, the
 * dashboard), so that the same score never reads differently in two places. Every value is first
 * taken as published: to 12 significant digits, as in the CSV tables and the workbook's cells,
 * which drops the binary noise of arithmetic (a score of 0.1875 computed as 0.18749999999999997
 * is 0.1875). Scores are then shown to a tenth of a percent, halves away from zero, and whole
 * percentages and points are rounded from that tenth.
 */
final class Shown {
  private static final MathContext PUBLISHED = new MathContext(12, RoundingMode.HALF_UP);

  private Shown() {}

  /** A value as the open data publishes it: 12 significant digits. */
  static BigDecimal published(double value) {
    return new BigDecimal(value).round(PUBLISHED);
  }

  /** The same value as a double, for cells: what a spreadsheet shows matches the CSV. */
  static double publishedDouble(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? value : published(value).doubleValue();
  }

  /** A fraction in tenths of a percent: 0.1875 is 18.8. */
  static BigDecimal tenthsOfPercent(double fraction) {
    return published(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }

  /** A fraction as a percentage to a tenth, as score cells show it: 0.6234 as "62.3%". */
  static String score(double fraction) {
    return String.format(Locale.UK, "%.1f%%", tenthsOfPercent(fraction));
  }

  /**
   * A fraction in whole percent, rounded from the tenth of a percent the cells show, so that 0.575
   * (shown 57.5%) reads 58.
   */
  static long wholePercent(double fraction) {
    return tenthsOfPercent(fraction).setScale(0, RoundingMode.HALF_UP).longValueExact();
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
    return difference == null ? null : tenthsOfPercent(difference).movePointLeft(2).doubleValue() + 0.0;
  }
}
