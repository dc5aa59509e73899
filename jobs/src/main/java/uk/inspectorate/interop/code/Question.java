package uk.inspectorate.interop.code;

import java.util.List;

/** A question of the survey return that forces fill in. */
public record Question(String id, String text, QuestionType type, List<String> options) {
  public Question {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
