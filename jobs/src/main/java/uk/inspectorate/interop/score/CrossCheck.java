package uk.inspectorate.interop.score;

/** How a force's self-reported answer compares with its evidence for a requirement. */
public enum CrossCheck {
  AGREES,
  /** The self-assessment claims at least one status level more than the evidence shows. */
  CONTRADICTED,
  /** The requirement has a cross-check question the force did not answer. */
  NO_ANSWER
}
