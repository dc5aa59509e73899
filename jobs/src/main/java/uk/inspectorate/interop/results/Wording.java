package uk.inspectorate.interop.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.code.Unit;
import uk.inspectorate.interop.score.CrossCheck;
import uk.inspectorate.interop.score.Status;

/**
 * How numbers, dates and changes read wherever a reader sees them (cells, sentences, chart labels,
 * the dashboard), so that the same score never reads differently in two places.
 *
 * <p>Every value is first taken as published: to 12 significant digits, as in the CSV tables and
 * the workbook's cells, which drops the binary noise of arithmetic (a score of 0.1875 computed as
 * 0.18749999999999997 is 0.1875). Scores are then shown to a tenth of a percent, halves away from
 * zero, and whole percentages and points are rounded from that tenth.
 */
public final class Wording {
  private static final MathContext PUBLISHED = new MathContext(12, RoundingMode.HALF_UP);
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  // English rather than UK: the UK locale abbreviates September to "Sept", out of step with "Jun".
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final String MINUS = "\u2212";

  private Wording() {}

  // ------------------------------------------------------------------ numbers as published

  /** A value as the open data publishes it: 12 significant digits. */
  public static BigDecimal published(double value) {
    return new BigDecimal(value).round(PUBLISHED);
  }

  /** The same value as a double, for cells: what a spreadsheet shows matches the CSV. */
  public static double publishedDouble(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? value : published(value).doubleValue();
  }

  /** A fraction in tenths of a percent: 0.1875 is 18.8. */
  public static BigDecimal tenthsOfPercent(double fraction) {
    return published(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }

  /**
   * A fraction in whole percent, rounded from the tenth of a percent the cells show, so that 0.575
   * (shown 57.5%) reads 58.
   */
  public static long wholePercent(double fraction) {
    return tenthsOfPercent(fraction).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * A difference rounded to the tenth of a point it is shown at, so that a gap of -0.0004 reads
   * 0.0% rather than -0.0%; the published tables keep the exact value.
   */
  public static Double difference(Double difference) {
    return difference == null ? null : tenthsOfPercent(difference).movePointLeft(2).doubleValue() + 0.0;
  }

  // ------------------------------------------------------------------ scores and changes

  /** A fraction as a percentage to a tenth, as score cells show it: 0.6234 as "62.3%". */
  public static String score(double fraction) {
    return String.format(Locale.UK, "%.1f%%", tenthsOfPercent(fraction));
  }

  /** A share as a whole percentage: 0.624 as "62%". */
  public static String percent(double fraction) {
    return wholePercent(fraction) + "%";
  }

  /** A change in whole percentage points with its sign: "+3 points", "−1 point", "no change". */
  public static String points(double change) {
    long p = wholePercent(change);
    if (p == 0) {
      return "no change";
    }
    return (p > 0 ? "+" : MINUS) + Math.abs(p) + (Math.abs(p) == 1 ? " point" : " points");
  }

  /** A difference in percentage points to a tenth: "+4.1 points", "−2.0 points", "no change". */
  public static String pointsToTenth(double difference) {
    BigDecimal tenths = tenthsOfPercent(difference);
    if (tenths.signum() == 0) {
      return "no change";
    }
    return (tenths.signum() > 0 ? "+" : MINUS) + tenths.abs().toPlainString() + " points";
  }

  /** A gap to a median to a tenth of a point: "+1.5 points", "−1.7 points", or "level". */
  public static String gap(double difference) {
    String text = pointsToTenth(difference);
    return text.equals("no change") ? "level" : text;
  }

  /** Where a score stands against a median, to a tenth of a point: "1.7 points below it", "level with it". */
  public static String against(double difference) {
    BigDecimal tenths = tenthsOfPercent(difference);
    if (tenths.signum() == 0) {
      return "level with it";
    }
    return tenths.abs().toPlainString() + " points " + (tenths.signum() > 0 ? "above" : "below") + " it";
  }

  /** Whole points against a median: "12 points above", "1 point below", "level with". */
  public static String compared(double difference) {
    long p = wholePercent(difference);
    if (p == 0) {
      return "level with";
    }
    return Math.abs(p) + (Math.abs(p) == 1 ? " point " : " points ") + (p > 0 ? "above" : "below");
  }

  /** "up 3 points on", "down 1 point on", "unchanged from". */
  public static String movement(double change) {
    long p = wholePercent(change);
    if (p == 0) {
      return "unchanged from";
    }
    return (p > 0 ? "up " : "down ") + Math.abs(p) + (Math.abs(p) == 1 ? " point on" : " points on");
  }

  /** "risen 3 points", "fallen 1 point", "not changed". */
  public static String risen(double difference) {
    long p = wholePercent(difference);
    if (p == 0) {
      return "not changed";
    }
    return (p > 0 ? "risen " : "fallen ") + Math.abs(p) + (Math.abs(p) == 1 ? " point" : " points");
  }

  /** Whole points with their sign and no unit, for a chart label: "+4", "0", "−12". */
  public static String signedPoints(double change) {
    long points = wholePercent(change);
    return points > 0 ? "+" + points : points == 0 ? "0" : MINUS + Math.abs(points);
  }

  /** A weight or other plain number: "2", "1.5". */
  public static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  // ------------------------------------------------------------------ measures and answers

  /** A measure in its unit's words: "74%", "12 days"; empty when there is none. */
  public static String measure(Requirement requirement, Double value) {
    if (value == null || value.isNaN()) {
      return "";
    }
    Unit unit = requirement == null || requirement.evidence() == null ? Unit.NUMBER : requirement.evidence().unit();
    return unit.format(value);
  }

  /** A self-reported answer in its question's terms: "yes", "3 of 4", "80%", the option chosen. */
  public static String answer(Question question, double value) {
    if (question == null) {
      return Unit.NUMBER.format(value);
    }
    return switch (question.type()) {
      case YES_NO -> value != 0 ? "yes" : "no";
      case LIKERT_0_4 -> Unit.NUMBER.format(value) + " of 4";
      case PERCENT -> Unit.PERCENT.format(value);
      case NUMBER -> Unit.NUMBER.format(value);
      case CHOICE -> {
        int i = (int) Math.round(value);
        yield i >= 0 && i < question.options().size() ? question.options().get(i) : Unit.NUMBER.format(value);
      }
    };
  }

  /** A status in words: "Met", "Partial", "Not met", "No evidence", "Not applicable". */
  public static String status(Status status) {
    return switch (status) {
      case MET -> "Met";
      case PARTIAL -> "Partial";
      case NOT_MET -> "Not met";
      case NO_EVIDENCE -> "No evidence";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  /** A cross-check in words; empty when the requirement has none. */
  public static String crossCheck(CrossCheck check) {
    if (check == null) {
      return "";
    }
    return switch (check) {
      case AGREES -> "Agrees";
      case CONTRADICTED -> "Contradicted";
      case NO_ANSWER -> "No answer";
    };
  }

  // ------------------------------------------------------------------ dates

  /** "31 March 2026". */
  public static String longDate(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** "Apr–Jun 2026" when the quarter runs over whole months, else "16 Mar–15 Jun 2026". */
  public static String quarterOfYearAfter(LocalDate asOf, int quarter) {
    LocalDate first = asOf.plusMonths(3L * (quarter - 1)).plusDays(1);
    LocalDate last = asOf.plusMonths(3L * quarter);
    boolean wholeMonths = first.getDayOfMonth() == 1 && last.getDayOfMonth() == last.lengthOfMonth();
    DateTimeFormatter format = wholeMonths ? MONTH : DAY_MONTH;
    String from = format.format(first) + (first.getYear() != last.getYear() ? " " + first.getYear() : "");
    return from + "\u2013" + format.format(last) + " " + last.getYear();
  }

  // ------------------------------------------------------------------ words

  /** "1st", "2nd", "3rd", "11th", "22nd". */
  public static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  /** A national quartile in words: "top quarter" to "bottom quarter". */
  public static String quarter(int quartile) {
    return switch (quartile) {
      case 1 -> "top quarter";
      case 2 -> "second quarter";
      case 3 -> "third quarter";
      case 4 -> "bottom quarter";
      default -> "quartile " + quartile;
    };
  }

  /** "A", "A and B", "A, B and C". */
  public static String joined(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** A title inside a sentence: its first letter lower case, unless it starts an acronym ("NEP"). */
  public static String lowerFirst(String text) {
    return text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1)) ? text
        : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** A sentence's first letter in capitals. */
  public static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** An inventory category in words: "end_user_device" as "End user device". */
  public static String category(String category) {
    if (category == null || category.isBlank()) {
      return "Uncategorised";
    }
    String words = category.trim().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** "1 system", "2 systems". */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
