package uk.inspectorate.interop.code;

import java.util.List;

/**
 * A question of the code's surveys.
 *
 * @param audience who answers it: the force, in its survey return, or its workforce
 */
public record Question(String id, String text, QuestionType type, List<String> options, Audience audience) {

  /** Who answers a question. */
  public enum Audience {
    /** The force, once, in the survey return workbook. */
    FORCE("force"),
    /** Each respondent of the force's workforce survey. */
    WORKFORCE("workforce");

    private final String key;

    Audience(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public Question {
    options = options == null ? List.of() : List.copyOf(options);
    audience = audience == null ? Audience.FORCE : audience;
  }

  /** A question the force answers in its return. */
  public Question(String id, String text, QuestionType type, List<String> options) {
    this(id, text, type, options, Audience.FORCE);
  }
}
