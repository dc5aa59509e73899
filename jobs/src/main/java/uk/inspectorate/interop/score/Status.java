package uk.inspectorate.interop.score;

/** The outcome of one requirement for one force. */
public enum Status {
  MET,
  PARTIAL,
  NOT_MET,
  /** The force has no rows behind the measure, or the measure has no value (e.g. divides by zero). */
  NO_EVIDENCE,
  /** The requirement does not apply to the force. */
  NOT_APPLICABLE
}
