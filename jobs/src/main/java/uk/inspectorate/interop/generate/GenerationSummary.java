package uk.inspectorate.interop.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.inspectorate.interop.code.Source;

/**
 * What one run of the generator wrote for one year.
 *
 * @param yearFolder {@code <data>/<year>}
 * @param files every file written, in the order written
 * @param rows data rows written per input (headers not counted, planted defects counted)
 * @param defects the defects planted on purpose, in the order written
 */
public record GenerationSummary(Path yearFolder, int year, int scale, long seed, List<Path> files,
    Map<Source, Long> rows, List<PlannedDefect> defects) {

  public GenerationSummary {
    files = List.copyOf(files);
    rows = Collections.unmodifiableMap(new EnumMap<>(rows));
    defects = List.copyOf(defects);
  }

  public long rows(Source input) {
    return rows.getOrDefault(input, 0L);
  }

  /** One line per input and per planted defect, for the console. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    rows.forEach((input, count) -> {
      long fileCount = files.stream().filter(f -> f.getParent().getFileName().toString().equals(input.key())).count();
      lines.add(String.format(Locale.UK, "generate %s %d: %,d rows in %d file(s)", input.key(), year, count,
          fileCount));
    });
    for (PlannedDefect defect : defects) {
      String where = defect.line() > 0 ? defect.file() + " line " + defect.line() : defect.file();
      lines.add("  planted defect, " + where + ", force " + defect.forceCode() + ": " + defect.description());
    }
    return lines;
  }
}
