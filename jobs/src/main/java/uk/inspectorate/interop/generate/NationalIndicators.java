package uk.inspectorate.interop.generate;

import java.util.List;
import java.util.Locale;

/**
 * The indicators that national systems compute about each force, rather than the force itself:
 * the Police National Database's data-quality checks, the national vulnerability service's patch
 * times, the national API gateway's call counts and the Crown Prosecution Service's count of
 * digital case files. They are written to {@code indicators/national-systems.csv} as
 * {@code force_code, indicator, value}.
 *
 * <p>Each value follows the force's strength in the domain the indicator measures, so a stronger
 * force tends to better values, and it moves with the force's direction of travel: most forces
 * improve a little from one year to the next, a declining force gets worse. On top of that each
 * force has its own lasting offset per indicator, drawn from the force code alone (some forces
 * are better at one thing than their strength suggests), and each year a small measurement noise,
 * drawn from the generation seed. Unlike the survey returns, these figures are not self-reported,
 * so a force that reports rosily gets no lift here.
 */
final class NationalIndicators {
  /** The file's name within the indicators folder, without {@code .csv}. */
  static final String FILE_STEM = "national-systems";
  static final List<String> HEADER = List.of("force_code", "indicator", "value");

  /** An indicator, the domain whose strength drives it, and how its values are written. */
  enum Indicator {
    /** Percent of the force's PND uploads that pass the national data-quality checks, 70-99.5. */
    PND_QUALITY_PCT("pnd_quality_pct", "DAT"),
    /** Median days to apply a critical security patch, 3-120, lower is better; whole days. */
    CRITICAL_PATCH_DAYS("critical_patch_days", "SEC"),
    /** Monthly calls to national APIs per officer FTE, 0.5-800, log-normal; two decimals. */
    NATIONAL_API_CALLS_PER_OFFICER("national_api_calls_per_officer", "SHR"),
    /** Percent of case files sent to the CPS digitally in the national standard format, 40-100. */
    DIGITAL_CASE_FILE_PCT("digital_case_file_pct", "SHR");

    /** The name in the {@code indicator} column. */
    final String key;
    final String domain;
    private final long salt;

    Indicator(String key, String domain) {
      this.key = key;
      this.domain = domain;
      this.salt = Seeds.of("indicator:" + key);
    }
  }

  private NationalIndicators() {}

  /**
   * The indicator's value for a force in a year, written plainly (no thousands separators): one
   * decimal for percentages, whole days, two decimals for API calls.
   */
  static String value(Indicator indicator, ForceProfile force, int year, long seed) {
    double p = force.strength(indicator.domain, year);
    double own = Seeds.gaussian(Seeds.random(force.key(), indicator.salt));
    double noise = Seeds.gaussian(Seeds.random(seed, force.key(), year, indicator.salt));
    return switch (indicator) {
      case PND_QUALITY_PCT -> {
        // Records that reach PND by a legacy route rather than a linked records system fail more checks.
        double penalty = force.has(Feature.PND_UPLOAD, 0, year) ? 0 : 3;
        double pct = 99.5 - 34 * StrictMath.pow(1 - p, 1.2) + 2.5 * own + 0.6 * noise - penalty;
        yield oneDecimal(ForceProfile.clamp(pct, 70, 99.5));
      }
      case CRITICAL_PATCH_DAYS -> {
        double days = 8 * StrictMath.exp(2.5 * (1 - p) + 0.45 * own + 0.08 * noise);
        yield Long.toString(Math.round(ForceProfile.clamp(days, 3, 120)));
      }
      case NATIONAL_API_CALLS_PER_OFFICER -> {
        double log10 = -0.3 + 2.6 * p + 0.5 * own + 0.05 * noise;
        yield String.format(Locale.ROOT, "%.2f", ForceProfile.clamp(StrictMath.pow(10, log10), 0.5, 800));
      }
      case DIGITAL_CASE_FILE_PCT -> {
        // Drawn as the share still sent on paper or in other formats, which never quite reaches zero
        // and levels off towards 60; a force whose digital evidence system is linked to CPS digital
        // evidence sharing sends fewer.
        double linked = force.has(Feature.CPS_DEMS, 0, year) ? 0.85 : 1.15;
        double shortfall = 1.5 + 50 * StrictMath.pow(1 - p, 1.1) * linked * StrictMath.exp(0.25 * own + 0.04 * noise);
        yield oneDecimal(100 - 60 * StrictMath.tanh(shortfall / 60));
      }
    };
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
