package uk.inspectorate.interop.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.score.ForceDomain;
import uk.inspectorate.interop.score.ForceRequirement;
import uk.inspectorate.interop.score.Scorer;
import uk.inspectorate.interop.score.Scoring;

/**
 * Last year's results, for change since last year: each force's overall score and level, its
 * domain scores, and its requirement scores matched to this year's requirements by id or through
 * {@code replaces} (so a requirement renumbered in a new edition of the code still has a trend).
 * The same whether read back from last year's publication or assessed in this run.
 */
public final class LastYear {
  /** A force's overall result last year. */
  public record ForceResult(String forceCode, double overallScore, int level, String levelName) {}

  /** A force's score in a domain last year; null when the domain had no score. */
  public record DomainResult(String forceCode, String domainId, Double score) {}

  /**
   * A force's result for one of last year's requirements.
   *
   * @param method how it was scored, "threshold; met=0.9; partial=0.5"; null when not known
   */
  public record RequirementResult(String forceCode, String requirementId, Double score, String method) {}

  /** A requirement of last year's code, with its domain and weight. */
  public record CodeRequirement(String id, String domainId, double weight) {}

  private final int year;
  private final String source;
  private final Map<String, ForceResult> forces;
  private final Map<ForceDomain, Double> domainScores;
  /** By this year's requirement id. */
  private final Map<ForceRequirement, Double> requirementScores;
  /** Last year's methods, by this year's requirement id; several read "a / b". */
  private final Map<String, String> methods;
  /** Last year's code; empty when the publication did not say. */
  private final List<CodeRequirement> code;

  private LastYear(int year, String source, Map<String, ForceResult> forces, Map<ForceDomain, Double> domainScores,
      Map<ForceRequirement, Double> requirementScores, Map<String, String> methods, List<CodeRequirement> code) {
    this.year = year;
    this.source = source;
    this.forces = Map.copyOf(forces);
    this.domainScores = Map.copyOf(domainScores);
    this.requirementScores = Map.copyOf(requirementScores);
    this.methods = Map.copyOf(methods);
    this.code = List.copyOf(code);
  }

  /**
   * Last year's results as its publication gives them, matched to {@code thisYear}'s code: a
   * requirement of last year continues in the requirements of this year that replace it, or
   * failing those in the one with its id; a requirement replacing several takes their mean.
   *
   * @param source where they were read from, as the manifest and the About sheets say
   */
  public static LastYear published(int year, String source, List<ForceResult> forces, List<DomainResult> domains,
      List<RequirementResult> requirements, List<CodeRequirement> code, NetworkCode thisYear) {
    Map<String, List<String>> continuedBy = new HashMap<>();
    thisYear.requirements().forEach(r ->
        r.replaces().forEach(old -> continuedBy.computeIfAbsent(old, k -> new ArrayList<>()).add(r.id())));
    thisYear.requirements().forEach(r -> continuedBy.putIfAbsent(r.id(), List.of(r.id())));
    Map<ForceRequirement, List<Double>> scores = new TreeMap<>(
        java.util.Comparator.comparing(ForceRequirement::forceCode).thenComparing(ForceRequirement::requirementId));
    Map<String, Set<String>> methods = new HashMap<>();
    for (RequirementResult r : requirements) {
      for (String id : continuedBy.getOrDefault(r.requirementId(), List.of())) {
        if (r.method() != null) {
          methods.computeIfAbsent(id, k -> new TreeSet<>()).add(r.method());
        }
        if (r.score() != null) {
          scores.computeIfAbsent(new ForceRequirement(r.forceCode(), id), k -> new ArrayList<>()).add(r.score());
        }
      }
    }
    Map<ForceRequirement, Double> means = new HashMap<>();
    scores.forEach((key, values) -> means.put(key, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
    Map<String, String> method = new HashMap<>();
    methods.forEach((id, set) -> method.put(id, String.join(" / ", set)));
    return new LastYear(year, source, byCode(forces), domainMap(domains), means, method, code);
  }

  /** Last year assessed in this run with this year's code: every requirement is matched by its id. */
  public static LastYear assessed(int year, String source, Scorer.Scores scores, NetworkCode code) {
    List<ForceResult> forces = scores.forces().stream()
        .map(f -> new ForceResult(f.forceCode(), f.overallScore(), f.maturityLevel(), f.levelName())).toList();
    List<DomainResult> domains = scores.domains().stream()
        .map(d -> new DomainResult(d.forceCode(), d.domainId(), d.score())).toList();
    Map<ForceRequirement, Double> requirements = new HashMap<>();
    scores.requirements().stream().filter(r -> r.score() != null)
        .forEach(r -> requirements.put(new ForceRequirement(r.forceCode(), r.requirementId()), r.score()));
    Map<String, String> methods = new HashMap<>();
    List<CodeRequirement> lastCode = new ArrayList<>();
    code.requirements().forEach(r -> {
      methods.put(r.id(), method(r));
      lastCode.add(new CodeRequirement(r.id(), r.domainId(), r.weight()));
    });
    return new LastYear(year, source, byCode(forces), domainMap(domains), requirements, methods, lastCode);
  }

  /** A requirement's method as requirement_results publishes it: "threshold; met=0.9; partial=0.5". */
  public static String method(Requirement r) {
    return r.scoring().method().key() + "; " + r.scoring().parameters();
  }

  private static Map<String, ForceResult> byCode(List<ForceResult> forces) {
    Map<String, ForceResult> byCode = new HashMap<>();
    forces.forEach(f -> byCode.put(f.forceCode(), f));
    return byCode;
  }

  private static Map<ForceDomain, Double> domainMap(List<DomainResult> domains) {
    Map<ForceDomain, Double> map = new HashMap<>();
    domains.stream().filter(d -> d.score() != null)
        .forEach(d -> map.put(new ForceDomain(d.forceCode(), d.domainId()), d.score()));
    return map;
  }

  public int year() {
    return year;
  }

  /** Where last year's results come from, e.g. "published results in reports/2025". */
  public String source() {
    return source;
  }

  /** The force's result last year; empty when it was not assessed then. */
  public Optional<ForceResult> force(String forceCode) {
    return Optional.ofNullable(forces.get(forceCode));
  }

  /** Every force assessed last year. */
  public Collection<ForceResult> forces() {
    return forces.values();
  }

  /** The force's domain score last year, or null when it had none. */
  public Double domainScore(String forceCode, String domainId) {
    return domainScores.get(new ForceDomain(forceCode, domainId));
  }

  /** The force's score last year for what continues in this year's requirement, or null. */
  public Double requirementScore(String forceCode, String requirementId) {
    return requirementScores.get(new ForceRequirement(forceCode, requirementId));
  }

  /** The median of last year's overall scores, or null when no force was assessed. */
  public Double overallMedian() {
    return Scoring.median(forces.values().stream().map(ForceResult::overallScore).toList());
  }

  /** Forces at a level last year. */
  public long forcesAt(int level) {
    return forces.values().stream().filter(f -> f.level() == level).count();
  }

  /** Forces at or above a level last year. */
  public long forcesAtOrAbove(int level) {
    return forces.values().stream().filter(f -> f.level() >= level).count();
  }

  /**
   * Whether this year's requirement can be compared with last year's: {@link Comparison#NEW} when
   * no requirement of last year continues in it, {@link Comparison#METHOD_CHANGED} when last
   * year's scoring method or parameters differ, else {@link Comparison#COMPARABLE}. A requirement
   * whose weight alone changed is comparable; its domain is not.
   */
  public Comparison comparison(Requirement requirement) {
    String before = methods.get(requirement.id());
    if (before == null) {
      return requirementScores.keySet().stream().anyMatch(k -> k.requirementId().equals(requirement.id()))
          ? Comparison.COMPARABLE : Comparison.NEW;
    }
    return before.equals(method(requirement)) ? Comparison.COMPARABLE : Comparison.METHOD_CHANGED;
  }

  /**
   * Whether this year's domain can be compared with last year's: requirements changed when its
   * requirements (traced back through {@code replaces}) are not last year's, weights changed when
   * their weights differ, method changed when one of them is scored differently, else comparable.
   * Without last year's code, a domain is comparable when each of its requirements is.
   */
  public Comparison comparison(Domain domain) {
    if (code.isEmpty()) {
      return domain.requirements().stream().anyMatch(r -> comparison(r) != Comparison.COMPARABLE)
          ? Comparison.REQUIREMENTS_CHANGED : Comparison.COMPARABLE;
    }
    Map<String, Double> lastWeights = new HashMap<>();
    code.stream().filter(c -> c.domainId().equals(domain.id())).forEach(c -> lastWeights.put(c.id(), c.weight()));
    Set<String> predecessors = new TreeSet<>();
    boolean weights = false;
    for (Requirement r : domain.requirements()) {
      List<String> before = r.replaces().isEmpty() ? List.of(r.id()) : r.replaces();
      predecessors.addAll(before);
      if (before.size() == 1 && lastWeights.containsKey(before.get(0)) && lastWeights.get(before.get(0)) != r.weight()) {
        weights = true;
      }
    }
    if (!predecessors.equals(new TreeSet<>(lastWeights.keySet()))) {
      return Comparison.REQUIREMENTS_CHANGED;
    }
    if (domain.requirements().stream().anyMatch(r -> comparison(r) == Comparison.METHOD_CHANGED)) {
      return Comparison.METHOD_CHANGED;
    }
    return weights ? Comparison.WEIGHTS_CHANGED : Comparison.COMPARABLE;
  }

  /** For tests and fixtures: last year as a list of forces, domain and requirement scores, keyed by this year's ids. */
  public static Builder builder(int year, String source) {
    return new Builder(year, source);
  }

  /** Builds last year's results by hand, already matched to this year's requirement ids. */
  public static final class Builder {
    private final int year;
    private final String source;
    private final List<ForceResult> forces = new ArrayList<>();
    private final List<DomainResult> domains = new ArrayList<>();
    private final Map<ForceRequirement, Double> requirements = new HashMap<>();

    private Builder(int year, String source) {
      this.year = year;
      this.source = source;
    }

    public Builder force(String forceCode, double overallScore, int level, String levelName) {
      forces.add(new ForceResult(forceCode, overallScore, level, levelName));
      return this;
    }

    public Builder domain(String forceCode, String domainId, double score) {
      domains.add(new DomainResult(forceCode, domainId, score));
      return this;
    }

    public Builder requirement(String forceCode, String requirementId, double score) {
      requirements.put(new ForceRequirement(forceCode, requirementId), score);
      return this;
    }

    public LastYear build() {
      return new LastYear(year, source, byCode(forces), domainMap(domains), requirements, Map.of(), List.of());
    }
  }
}
