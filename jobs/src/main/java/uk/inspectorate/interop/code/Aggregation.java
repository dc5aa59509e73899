package uk.inspectorate.interop.code;

/** How domain scores roll up into the overall score. */
public enum Aggregation {
  /** Weighted arithmetic mean: a strong domain can make up for a weak one. */
  ARITHMETIC,
  /** Weighted geometric mean: a weak domain pulls the overall score down harder. */
  GEOMETRIC
}
