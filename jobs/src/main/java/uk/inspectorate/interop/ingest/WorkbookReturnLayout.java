package uk.inspectorate.interop.ingest;

import java.util.List;

/**
 * The labels by which a survey return workbook is read back: the sheet names, the header texts of
 * the answer table, the labels of the metadata cells and the keys of the hidden {@code _meta}
 * sheet. The template writes exactly these and the reader looks for exactly these, so the two
 * cannot drift apart. Cells are found by these labels, never by fixed addresses.
 */
public final class WorkbookReturnLayout {
  /** The version of this layout, written to {@code _meta} as {@code template_version}. */
  public static final int TEMPLATE_VERSION = 1;

  public static final String RETURN_SHEET = "Return";
  public static final String INSTRUCTIONS_SHEET = "Instructions";
  public static final String META_SHEET = "_meta";

  public static final String QUESTION_ID = "Question ID";
  public static final String QUESTION = "Question";
  public static final String ANSWER_TYPE = "Answer type";
  public static final String ANSWER = "Answer";
  public static final String COMMENT = "Comment";

  /** The header row of the answer table, left to right, as the template writes it. */
  public static final List<String> HEADERS = List.of(QUESTION_ID, QUESTION, ANSWER_TYPE, ANSWER, COMMENT);

  public static final String FORCE_CODE = "Force code";
  public static final String FORCE_NAME = "Force name";
  public static final String RESPONDENT_ROLE = "Respondent role";
  public static final String SUBMITTED_ON = "Submitted on";

  public static final String KEY_CODE_ID = "code_id";
  public static final String KEY_CODE_VERSION = "code_version";
  public static final String KEY_YEAR = "year";
  public static final String KEY_FORCE_CODE = "force_code";
  public static final String KEY_TEMPLATE_VERSION = "template_version";
  /** The name of the sheet holding the answers, as written; a force may rename the sheet since. */
  public static final String KEY_RETURN_SHEET = "return_sheet";

  private WorkbookReturnLayout() {}
}
