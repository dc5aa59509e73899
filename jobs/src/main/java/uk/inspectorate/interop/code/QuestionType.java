package uk.inspectorate.interop.code;

/**
 * The kinds of answer a question takes, and the numeric {@code value} an answer becomes for
 * measures: yes/no is 1 or 0, Likert is 0 to 4, percent is 0 to 100, a choice is the 0-based
 * position of the option chosen.
 */
public enum QuestionType {
  YES_NO("yes_no"),
  LIKERT_0_4("likert_0_4"),
  PERCENT("percent"),
  NUMBER("number"),
  CHOICE("choice");

  private final String key;

  QuestionType(String key) {
    this.key = key;
  }

  /** The name used in the code file. */
  public String key() {
    return key;
  }
}
