package uk.inspectorate.interop.validate;

/**
 * Rows read, used and rejected for one force in one input file; {@code forceCode} is the code as
 * given in the file (it may be unknown or empty when that is why rows were rejected). A force
 * with nothing in an input has a row with an empty file and zero counts, saying so in the note.
 *
 * @param rejectedByRule e.g. "duplicate_asset=2; unknown_force=1", or empty
 * @param note e.g. "no return received" or "11 of 12 questions answered", or empty
 */
public record DataQualityRow(String input, String file, String forceCode, long rowsRead, long rowsUsed,
    long rowsRejected, String rejectedByRule, String note) {

  public DataQualityRow(String input, String file, String forceCode, long rowsRead, long rowsUsed,
      long rowsRejected, String rejectedByRule) {
    this(input, file, forceCode, rowsRead, rowsUsed, rowsRejected, rejectedByRule, "");
  }

  public DataQualityRow {
    note = note == null ? "" : note;
    if (rowsRead != rowsUsed + rowsRejected) {
      throw new IllegalStateException("Rows do not reconcile for " + file + ", force " + forceCode
          + ": read " + rowsRead + " != used " + rowsUsed + " + rejected " + rowsRejected);
    }
  }
}
