package uk.inspectorate.interop;

import java.util.List;

/**
 * The inputs cannot be assessed: a file is missing or unreadable, or a required column is absent.
 * The message says which file, where, what was expected and how to fix it; the command exits 1.
 */
public class UnusableInputException extends RuntimeException {
  private final List<String> problems;

  public UnusableInputException(String message) {
    this(List.of(message));
  }

  public UnusableInputException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
