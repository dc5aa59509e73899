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
    return format(value, 0);
  }

  /** The value in words with {@code extra} more decimal places than usual. */
  public String format(double value, int extra) {
    return switch (this) {
      case SHARE -> plain(value * 100, extra) + "%";
      case PERCENT -> plain(value, 1 + extra) + "%";
      case COUNT -> plain(value, 1 + extra);
      case HOURS -> counted(plain(value, 1 + extra), "hour");
      case DAYS -> counted(plain(value, 1 + extra), "day");
      case YEARS -> counted(plain(value, 1 + extra), "year");
      case GBP -> (value < 0 ? "-£" : "£") + plain(Math.abs(value), extra);
      case YES_NO -> value != 0 ? "yes" : "no";
      case NUMBER -> plain(value, 3 + extra);
    };
  }

  /**
   * The extra decimal places (up to 4) that {@code value} needs to read differently from each of
   * {@code marks} it is not equal to, so that 0.948 against a threshold of 0.95 reads "94.8%".
   */
  public int placesToTell(double value, double... marks) {
    int extra = 0;
    for (double mark : marks) {
      while (extra < 4 && Math.abs(value - mark) > 1e-9 && format(value, extra).equals(format(mark, extra))) {
        extra++;
      }
    }
    return extra;
  }

  private static String counted(String number, String noun) {
    return number + " " + noun + (number.equals("1") ? "" : "s");
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
