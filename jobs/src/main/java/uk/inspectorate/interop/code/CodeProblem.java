package uk.inspectorate.interop.code;

/**
 * One thing wrong with a code file.
 *
 * @param line the 1-based line of the code file, or 0 when the problem has no single place
 * @param path where in the document, e.g. {@code domains[2].requirements[0].scoring.method}
 */
public record CodeProblem(int line, String path, String message) {

  @Override
  public String toString() {
    String where = line > 0 ? "line " + line : "";
    if (path != null && !path.isEmpty()) {
      where = where.isEmpty() ? path : where + " (" + path + ")";
    }
    return where.isEmpty() ? message : where + ": " + message;
  }
}
