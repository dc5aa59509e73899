package uk.inspectorate.interop.code;

/** The scoring methods a requirement may name; the maths lives in {@code score.Scoring}. */
public enum ScoringMethod {
  /** MET at or above {@code met}, PARTIAL at or above {@code partial}, otherwise NOT_MET. */
  THRESHOLD("threshold"),
  /** MET when the measure is true (non-zero), otherwise NOT_MET. */
  BOOLEAN("boolean"),
  /**
   * Min-max over the forces assessed: the lowest force scores 0, the highest 1, unless fixed
   * {@code min}/{@code max} are given.
   */
  LINEAR("linear"),
  /** Fixed goalposts {@code min} (score 0) and {@code max} (score 1), capped to [0, 1]. */
  GOALPOSTS("goalposts");

  private final String key;

  ScoringMethod(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
