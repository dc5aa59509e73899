package uk.inspectorate.interop.generate;

import java.util.Objects;
import uk.inspectorate.interop.code.Source;

/**
 * A defect the generator planted on purpose, so that validation has rejects to find.
 *
 * @param file the file within the year folder, e.g. {@code inventory/inventory.csv}
 * @param line the physical line of the row in that file (the header is line 1), or 0 when the
 *     defect is an absence, such as a force with no return at all
 * @param expected what validation should make of it
 */
public record PlannedDefect(Source input, String file, long line, String forceCode, String description,
    String expected) {
  public PlannedDefect {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(forceCode, "forceCode");
  }
}
