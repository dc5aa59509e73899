package uk.inspectorate.interop.code;

/** What a requirement's score is when a force has no evidence for it. */
public enum MissingPolicy {
  /** Scored 0, as if not met. */
  NOT_MET("not_met"),
  /** Left out of the domain score; the other requirements' weights are re-normalised. */
  EXCLUDE("exclude"),
  /** Given the median score of the force's peer group for the requirement. */
  PEER_MEDIAN("peer_median");

  private final String key;

  MissingPolicy(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
