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
    Map<String, Double> requirementScores,
    Map<String, String> methods,
    List<CodeRequirement> code) {

  /** How a requirement or domain of this year compares with last year's. */
  public static final String COMPARABLE = "comparable";
  public static final String NEW = "new";
  public static final String METHOD_CHANGED = "method changed";
  public static final String WEIGHTS_CHANGED = "weights changed";
  public static final String REQUIREMENTS_CHANGED = "requirements changed";

  /** A requirement of last year's code, as its code_requirements table published it. */
  public record CodeRequirement(String id, String domainId, double weight) {}

  public PreviousYear {
    overall = Map.copyOf(overall);
    levels = Map.copyOf(levels);
    levelNames = Map.copyOf(levelNames);
    domainScores = Map.copyOf(domainScores);
    requirementScores = Map.copyOf(requirementScores);
    methods = Map.copyOf(methods);
    code = List.copyOf(code);
  }

  /** Last year's results without the method of each requirement or last year's code. */
  public PreviousYear(int year, String source, Map<String, Double> overall, Map<String, Integer> levels,
      Map<Integer, String> levelNames, Map<String, Double> domainScores, Map<String, Double> requirementScores) {
    this(year, source, overall, levels, levelNames, domainScores, requirementScores, Map.of(), List.of());
  }

  /**
   * Whether this year's requirement can be compared with last year's: {@link #NEW} when no
   * requirement of last year continues in it (by id or {@code replaces}), {@link #METHOD_CHANGED}
   * when last year's scoring method or parameters differ, else {@link #COMPARABLE}. A requirement
   * whose weight alone changed is comparable; its domain is not (see {@link #domainComparison}).
   */
  public String comparison(Requirement requirement) {
    String before = methods.get(requirement.id());
    if (before == null) {
      return requirementScores.keySet().stream().anyMatch(k -> k.endsWith("|" + requirement.id())) ? COMPARABLE : NEW;
    }
    return before.equals(method(requirement)) ? COMPARABLE : METHOD_CHANGED;
  }

  /**
   * Whether this year's domain can be compared with last year's, when last year's code is known:
   * {@link #REQUIREMENTS_CHANGED} when its requirements (traced back through {@code replaces}) are
   * not last year's, {@link #WEIGHTS_CHANGED} when their weights differ, {@link #METHOD_CHANGED}
   * when one of them is scored differently, else {@link #COMPARABLE}.
   */
  public String domainComparison(uk.inspectorate.interop.code.Domain domain) {
    if (code.isEmpty()) {
      return domain.requirements().stream().anyMatch(r -> !comparison(r).equals(COMPARABLE))
          ? REQUIREMENTS_CHANGED : COMPARABLE;
    }
    Map<String, Double> lastWeights = new HashMap<>();
    code.stream().filter(c -> c.domainId().equals(domain.id())).forEach(c -> lastWeights.put(c.id(), c.weight()));
    java.util.Set<String> predecessors = new java.util.TreeSet<>();
    boolean weights = false;
    for (Requirement r : domain.requirements()) {
      List<String> before = r.replaces().isEmpty() ? List.of(r.id()) : r.replaces();
      predecessors.addAll(before);
      if (before.size() == 1 && lastWeights.containsKey(before.get(0)) && lastWeights.get(before.get(0)) != r.weight()) {
        weights = true;
      }
    }
    if (!predecessors.equals(new java.util.TreeSet<>(lastWeights.keySet()))) {
      return REQUIREMENTS_CHANGED;
    }
    if (domain.requirements().stream().anyMatch(r -> comparison(r).equals(METHOD_CHANGED))) {
      return METHOD_CHANGED;
    }
    return weights ? WEIGHTS_CHANGED : COMPARABLE;
  }

  /** A requirement's method as requirement_results publishes it: "threshold; met=0.9; partial=0.5". */
  static String method(Requirement r) {
    return r.scoring().method().key() + "; " + r.scoring().parameters();
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
    Map<String, java.util.Set<String>> methods = new HashMap<>();
    each(csv.resolve("requirement_results.csv"), r -> {
      for (String id : continuedBy.getOrDefault(r.get("requirement_id"), List.of())) {
        if (r.isMapped("method") && r.isMapped("parameters")) { // publications before methods were compared lack them
          methods.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(r.get("method") + "; " + r.get("parameters"));
        }
        if (!r.get("score").isEmpty()) {
          scores.computeIfAbsent(r.get("force_code") + "|" + id, k -> new java.util.ArrayList<>()).add(Double.parseDouble(r.get("score")));
        }
      }
    });
    List<CodeRequirement> lastCode = new java.util.ArrayList<>();
    if (Files.isRegularFile(csv.resolve("code_requirements.csv"))) {
      each(csv.resolve("code_requirements.csv"), r -> lastCode.add(new CodeRequirement(r.get("requirement_id"),
          r.get("domain_id"), Double.parseDouble(r.get("weight")))));
    }
    Map<String, Double> requirements = new HashMap<>();
    scores.forEach((key, values) -> requirements.put(key, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
    Map<String, String> method = new HashMap<>();
    methods.forEach((id, set) -> method.put(id, String.join(" / ", set)));
    return Optional.of(new PreviousYear(year, shownAs, overall, levels, levelNames, domains, requirements, method, lastCode));
  }

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
    Map<String, String> methods = new HashMap<>();
    List<CodeRequirement> lastCode = new java.util.ArrayList<>();
    for (Requirement r : code.requirements().toList()) {
      methods.put(r.id(), method(r));
      lastCode.add(new CodeRequirement(r.id(), r.domainId(), r.weight()));
    }
    return new PreviousYear(year, source, overall, levels, levelNames, domains, requirements, methods, lastCode);
  }

  /** Reads each row; a table without the expected columns or numbers is an IOException naming the file. */
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
