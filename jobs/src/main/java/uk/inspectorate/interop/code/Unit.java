package uk.inspectorate.interop.code;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * What a requirement's measure counts, so that its value, thresholds and goalposts read in the
 * measure's own terms: a share of 0.74 as "74%", a number of days as "12 days".
 */
public enum Unit {
  /** A fraction from 0 to 1, shown as a percentage. */
  SHARE("share"),
  /** A percentage from 0 to 100. */
  PERCENT("percent"),
  /** A whole number of things. */
  COUNT("count"),
  HOURS("hours"),
  DAYS("days"),
  YEARS("years"),
  /** Pounds sterling. */
  GBP("gbp"),
  /** True or false: any value but 0 is "yes". */
  YES_NO("yes_no"),
  /** A plain number (the default). */
  NUMBER("number");

  private final String key;

  Unit(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The value in words: "74%", "12 days", "£1,250", "0.35". */
  public String format(double value) {
    return switch (this) {
      case SHARE -> plain(value * 100, 0) + "%";
      case PERCENT -> plain(value, 1) + "%";
      case COUNT -> plain(value, 1);
      case HOURS -> plain(value, 1) + (value == 1 ? " hour" : " hours");
      case DAYS -> plain(value, 1) + (value == 1 ? " day" : " days");
      case YEARS -> plain(value, 1) + (value == 1 ? " year" : " years");
      case GBP -> (value < 0 ? "-£" : "£") + plain(Math.abs(value), 0);
      case YES_NO -> value != 0 ? "yes" : "no";
      case NUMBER -> plain(value, 3);
    };
  }

  /** At most {@code places} decimals, no trailing zeros, thousands grouped with commas. */
  static String plain(double value, int places) {
    DecimalFormat format = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "#".repeat(places),
        DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(java.math.RoundingMode.HALF_UP);
    String text = format.format(value);
    return text.equals("-0") ? "0" : text;
  }
}
