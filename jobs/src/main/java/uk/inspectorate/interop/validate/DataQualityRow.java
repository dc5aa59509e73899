package uk.inspectorate.interop.validate;

/**
 * Rows read, used and rejected for one force in one input file; {@code forceCode} is the code as
 * given in the file (it may be unknown or empty when that is why rows were rejected).
 *
 * @param rejectedByRule e.g. "duplicate_asset=2; unknown_force=1", or empty
 */
public record DataQualityRow(String input, String file, String forceCode, long rowsRead, long rowsUsed,
    long rowsRejected, String rejectedByRule) {
  public DataQualityRow {
    if (rowsRead != rowsUsed + rowsRejected) {
      throw new IllegalStateException("Rows do not reconcile for " + file + ", force " + forceCode
          + ": read " + rowsRead + " != used " + rowsUsed + " + rejected " + rowsRejected);
    }
  }
}
