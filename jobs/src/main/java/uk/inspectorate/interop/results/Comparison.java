package uk.inspectorate.interop.results;

/**
 * How a requirement or domain of this year compares with last year's, in the words the published
 * tables use: only a comparable one has a change since last year.
 */
public enum Comparison {
  /** Last year's requirement continues in it (by id or {@code replaces}) and is scored the same way. */
  COMPARABLE("comparable"),
  /** No requirement of last year continues in it. */
  NEW("new"),
  /** Last year's scoring method or its parameters differ. */
  METHOD_CHANGED("method changed"),
  /** A domain whose requirements are last year's but weighted differently. */
  WEIGHTS_CHANGED("weights changed"),
  /** A domain whose requirements (traced back through {@code replaces}) are not last year's. */
  REQUIREMENTS_CHANGED("requirements changed");

  private final String key;

  Comparison(String key) {
    this.key = key;
  }

  /** The value of the {@code comparison} column. */
  public String key() {
    return key;
  }
}
