package uk.inspectorate.interop.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;

/**
 * The previous year's published results, for change since last year: overall scores and levels,
 * domain scores, and requirement scores matched to this year's requirements by id or through
 * {@code replaces} (so a requirement renumbered in a new edition of the code still has a trend).
 * Read from the previous publication's {@code csv/} tables, which are small.
 *
 * @param source where the results were read from, as shown in the manifest
 * @param overall overall score by force code
 * @param levels maturity level by force code
 * @param levelNames level name by level number
 * @param domainScores domain score keyed by force and domain ("force|domain"); absent when the
 *     domain had no score
 * @param requirementScores score keyed by force and this year's requirement id; absent when the
 *     requirement is new or had no score
 */
public record PreviousYear(
    int year,
    String source,
    Map<String, Double> overall,
    Map<String, Integer> levels,
    Map<Integer, String> levelNames,
    Map<String, Double> domainScores,
    Map<String, Double> requirementScores) {

  public PreviousYear {
    overall = Map.copyOf(overall);
    levels = Map.copyOf(levels);
    levelNames = Map.copyOf(levelNames);
    domainScores = Map.copyOf(domainScores);
    requirementScores = Map.copyOf(requirementScores);
  }

  /**
   * Reads the publication in {@code yearDir} (e.g. {@code reports/2025}), or nothing when it has
   * not been published. Requirements are matched to {@code code}'s by id and {@code replaces}.
   */
  public static Optional<PreviousYear> read(Path yearDir, int year, NetworkCode code, String shownAs) throws IOException {
    Path csv = yearDir.resolve("csv");
    if (!Files.isRegularFile(csv.resolve("force_scores.csv"))) {
      return Optional.empty();
    }
    Map<String, Double> overall = new HashMap<>();
    Map<String, Integer> levels = new HashMap<>();
    Map<Integer, String> levelNames = new HashMap<>();
    each(csv.resolve("force_scores.csv"), r -> {
      overall.put(r.get("force_code"), Double.parseDouble(r.get("overall_score")));
      int level = Integer.parseInt(r.get("maturity_level"));
      levels.put(r.get("force_code"), level);
      levelNames.put(level, r.get("level_name"));
    });
    Map<String, Double> domains = new HashMap<>();
    each(csv.resolve("domain_scores.csv"), r -> {
      if (!r.get("score").isEmpty()) {
        domains.put(r.get("force_code") + "|" + r.get("domain_id"), Double.parseDouble(r.get("score")));
      }
    });
    // Last year's requirement continues in the requirements of this year that replace it; when
    // none does, in the one with its id. A requirement replacing several takes their mean.
    Map<String, List<String>> continuedBy = new HashMap<>();
    for (Requirement requirement : code.requirements().toList()) {
      requirement.replaces().forEach(old -> continuedBy.computeIfAbsent(old, k -> new java.util.ArrayList<>()).add(requirement.id()));
    }
    for (Requirement requirement : code.requirements().toList()) {
      continuedBy.putIfAbsent(requirement.id(), List.of(requirement.id()));
    }
    Map<String, List<Double>> scores = new java.util.TreeMap<>();
    each(csv.resolve("requirement_results.csv"), r -> {
      if (!r.get("score").isEmpty()) {
        for (String id : continuedBy.getOrDefault(r.get("requirement_id"), List.of())) {
          scores.computeIfAbsent(r.get("force_code") + "|" + id, k -> new java.util.ArrayList<>()).add(Double.parseDouble(r.get("score")));
        }
      }
    });
    Map<String, Double> requirements = new HashMap<>();
    scores.forEach((key, values) -> requirements.put(key, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
    return Optional.of(new PreviousYear(year, shownAs, overall, levels, levelNames, domains, requirements));
  }

  /** Reads each row; a table without the expected columns or numbers is an IOException naming the file. */
  /** Last year's results from its scores, when it is assessed in the same run. */
  public static PreviousYear of(int year, String source, uk.inspectorate.interop.score.Scorer.Scores scores, NetworkCode code) {
    Map<String, Double> overall = new HashMap<>();
    Map<String, Integer> levels = new HashMap<>();
    Map<Integer, String> levelNames = new HashMap<>();
    code.levels().forEach(l -> levelNames.put(l.level(), l.name()));
    for (var f : scores.forces()) {
      overall.put(f.forceCode(), f.overallScore());
      levels.put(f.forceCode(), f.maturityLevel());
    }
    Map<String, Double> domains = new HashMap<>();
    scores.domains().stream().filter(d -> d.score() != null)
        .forEach(d -> domains.put(d.forceCode() + "|" + d.domainId(), d.score()));
    Map<String, Double> requirements = new HashMap<>();
    scores.requirements().stream().filter(r -> r.score() != null)
        .forEach(r -> requirements.put(r.forceCode() + "|" + r.requirementId(), r.score()));
    return new PreviousYear(year, source, overall, levels, levelNames, domains, requirements);
  }

  private static void each(Path file, Consumer<CSVRecord> row) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is missing");
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        try {
          row.accept(record);
        } catch (IllegalArgumentException e) { // a missing column, or a number that does not parse
          throw new IOException(file + " record " + record.getRecordNumber() + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** The forces at or above a level, e.g. "Defined or above". */
  public long forcesAtOrAbove(int level) {
    return levels.values().stream().filter(l -> l >= level).count();
  }

}
