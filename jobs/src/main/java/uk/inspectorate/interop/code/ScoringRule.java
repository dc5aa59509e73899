package uk.inspectorate.interop.code;

/**
 * How a requirement's measure becomes a score in [0, 1]. Which parameters apply depends on the
 * method: {@code met}/{@code partial} for threshold; {@code min}/{@code max}, {@code transform} and
 * {@code lowerIsBetter} for linear and goalposts.
 */
public record ScoringRule(
    ScoringMethod method,
    Double met,
    Double partial,
    Double min,
    Double max,
    boolean log10,
    boolean lowerIsBetter) {

  /** The parameters in the words of the code file, for the published results: "met=0.9; partial=0.5". */
  public String parameters() {
    StringBuilder text = new StringBuilder();
    append(text, "met", met);
    append(text, "partial", partial);
    append(text, "min", min);
    append(text, "max", max);
    if (log10) {
      append(text, "transform", "log10");
    }
    if (lowerIsBetter) {
      append(text, "direction", "lower_is_better");
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String key, Object value) {
    if (value == null) {
      return;
    }
    if (!text.isEmpty()) {
      text.append("; ");
    }
    String shown = value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
        ? String.valueOf(d.longValue()) : String.valueOf(value);
    text.append(key).append('=').append(shown);
  }
}
