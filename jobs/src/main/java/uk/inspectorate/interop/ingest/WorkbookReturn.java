package uk.inspectorate.interop.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One survey return workbook as read back, cell by cell, before any answer is checked against the
 * code: every value is the text the cell held, normalised (see {@link WorkbookReturnReader}), and
 * the caller decides what is acceptable. Problems that stop the file being read, or read whole,
 * are listed in {@code problems}, each naming the file, the place and the fix; when there are
 * problems, {@code answers} may be empty.
 *
 * @param file the file's name as shown in messages, e.g. {@code returns/avon.xlsx}
 * @param metadata what the hidden {@code _meta} sheet says the workbook was made for
 * @param forceCodeCell the force code shown on the return sheet, as found; may differ from
 *     {@code metadata.forceCode()} if the force changed it
 * @param respondentRole the role of whoever filled it in, or null
 * @param submittedOn the date it was submitted as {@code yyyy-MM-dd}, the cell's text if it holds
 *     no date, or null
 * @param answers one a question row of the sheet, in sheet order, blank answers included
 * @param problems messages about the whole file, empty when it was read whole
 */
public record WorkbookReturn(
    String file,
    Metadata metadata,
    String forceCodeCell,
    String respondentRole,
    String submittedOn,
    List<Answer> answers,
    List<String> problems) {

  public WorkbookReturn {
    Objects.requireNonNull(file, "file");
    metadata = metadata == null ? Metadata.NONE : metadata;
    answers = List.copyOf(answers);
    problems = List.copyOf(problems);
  }

  /** A file that could not be read at all. */
  static WorkbookReturn unreadable(String file, String problem) {
    return new WorkbookReturn(file, Metadata.NONE, null, null, null, List.of(), List.of(problem));
  }

  /**
   * The values of the hidden {@code _meta} sheet, each null when absent.
   *
   * @param year as written, e.g. {@code 2026}; text, because it is reported as found
   */
  public record Metadata(String codeId, String codeVersion, String year, String forceCode, String templateVersion) {
    /** A workbook without a {@code _meta} sheet, e.g. answers pasted into a new workbook. */
    public static final Metadata NONE = new Metadata(null, null, null, null, null);
  }

  /**
   * One question row.
   *
   * @param answer the answer cell normalised to text, or null when blank
   * @param comment the comment cell normalised to text, or null when blank or without a comment column
   * @param cell the answer cell with its sheet, e.g. {@code Return!D12}, for messages
   */
  public record Answer(String questionId, String answer, String comment, String cell) {
    public Answer {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(cell, "cell");
    }
  }
}
