package uk.inspectorate.interop.code;

import java.util.List;
import java.util.stream.Collectors;

/** The code file cannot be used; carries every problem found, not just the first. */
public class InvalidCodeException extends Exception {
  private final String file;
  private final List<CodeProblem> problems;

  public InvalidCodeException(String file, List<CodeProblem> problems) {
    super(describe(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  public List<CodeProblem> problems() {
    return problems;
  }

  private static String describe(String file, List<CodeProblem> problems) {
    String heading = "Cannot use the network code " + file + ": " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems");
    return problems.stream()
        .map(p -> "  - " + p)
        .collect(Collectors.joining("\n", heading + "\n", ""));
  }
}
