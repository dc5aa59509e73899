package uk.inspectorate.interop.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.score.DomainScore;
import uk.inspectorate.interop.score.ForceDomain;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.validate.DataQualityRow;

/**
 * The results of one assessment year as every output shows them, worked out once after scoring:
 * each force's results in the one canonical order of forces ({@link ForceScore#ORDER}), every
 * requirement and domain with its change since last year, the national picture and its headline
 * findings, the network and the year ahead. Plain Java: the workbook, factsheets, charts,
 * dashboard and open data only lay out what this holds.
 */
public final class Results {
  private final Assessment a;
  private final National national;
  private final List<RequirementOutcome> requirementOutcomes;
  private final List<DomainOutcome> domainOutcomes;
  private final List<ForceResults> forces;
  private final Map<String, ForceResults> byCode = new HashMap<>();
  private final Map<String, Force> registry = new HashMap<>();
  private final NetworkView network;
  private final LifecycleOutlook lifecycle;
  private final List<String> headlines;

  private Results(Assessment a) {
    this.a = a;
    a.forces().forEach(f -> registry.put(f.code(), f));
    LastYear last = a.lastYear();
    this.national = National.of(a.code(), a.scores(), last);
    this.requirementOutcomes = requirementOutcomes(a, last);
    this.domainOutcomes = domainOutcomes(a, last, national);
    this.forces = forceResults();
    forces.forEach(f -> byCode.put(f.code(), f));
    this.network = new NetworkView(a.network(), a.forces());
    this.lifecycle = LifecycleOutlook.of(a.scores().lifecycleRisks(), a.asOf());
    this.headlines = new NationalHeadlines(a.code(), a.asOf(), forces, national, last, requirementOutcomes,
        a.scores().lifecycleRisks(), network).all();
  }

  /** Works out everything the outputs of {@code assessment} show. */
  public static Results of(Assessment assessment) {
    return new Results(assessment);
  }

  private static List<RequirementOutcome> requirementOutcomes(Assessment a, LastYear last) {
    Map<String, Requirement> requirements = new HashMap<>();
    Map<String, Domain> domains = new HashMap<>();
    Map<String, Comparison> comparisons = new HashMap<>();
    for (Domain d : a.code().domains()) {
      domains.put(d.id(), d);
      for (Requirement r : d.requirements()) {
        requirements.put(r.id(), r);
        comparisons.put(r.id(), last == null ? null : last.comparison(r));
      }
    }
    List<RequirementOutcome> outcomes = new ArrayList<>();
    for (RequirementResult r : a.scores().requirements()) {
      Requirement requirement = requirements.get(r.requirementId());
      if (requirement == null) {
        throw new IllegalArgumentException("Cannot lay out the result of " + r.forceCode() + " for "
            + r.requirementId() + ": " + a.code().label() + " has no such requirement");
      }
      Change change = last == null ? Change.NO_LAST_YEAR : Change.of(comparisons.get(r.requirementId()), r.score(),
          last.requirementScore(r.forceCode(), r.requirementId()));
      String question = requirement.crossCheckQuestion();
      outcomes.add(new RequirementOutcome(requirement, domains.get(requirement.domainId()), r, change,
          question == null ? null : a.code().question(question).orElse(null)));
    }
    return List.copyOf(outcomes);
  }

  private static List<DomainOutcome> domainOutcomes(Assessment a, LastYear last, National national) {
    Map<String, Domain> domains = new HashMap<>();
    Map<String, Comparison> comparisons = new HashMap<>();
    for (Domain d : a.code().domains()) {
      domains.put(d.id(), d);
      comparisons.put(d.id(), last == null ? null : last.comparison(d));
    }
    List<DomainOutcome> outcomes = new ArrayList<>();
    for (DomainScore d : a.scores().domains()) {
      Domain domain = domains.get(d.domainId());
      if (domain == null) {
        throw new IllegalArgumentException("Cannot lay out the score of " + d.forceCode() + " in domain "
            + d.domainId() + ": " + a.code().label() + " has no such domain");
      }
      outcomes.add(domainOutcome(domain, d, d.forceCode(), last, national, comparisons.get(d.domainId())));
    }
    return List.copyOf(outcomes);
  }

  private static DomainOutcome domainOutcome(Domain domain, DomainScore score, String forceCode, LastYear last,
      National national, Comparison comparison) {
    Change change = last == null ? Change.NO_LAST_YEAR
        : Change.of(comparison, score == null ? null : score.score(), last.domainScore(forceCode, domain.id()));
    return new DomainOutcome(domain, score, national.domain(domain.id()).medianOrNull(), change);
  }

  private List<ForceResults> forceResults() {
    List<ForceScore> ranked = a.scores().forces().stream().sorted(ForceScore.ORDER).toList();
    Map<String, List<RequirementOutcome>> results = new HashMap<>();
    requirementOutcomes.forEach(r -> results.computeIfAbsent(r.forceCode(), k -> new ArrayList<>()).add(r));
    Map<ForceDomain, DomainOutcome> domains = new HashMap<>();
    domainOutcomes.forEach(d -> domains.put(new ForceDomain(d.score().forceCode(), d.domain().id()), d));
    Map<String, Integer> order = new HashMap<>();
    a.code().requirements().forEach(r -> order.put(r.id(), order.size()));
    List<ForceResults> list = new ArrayList<>();
    for (ForceScore score : ranked) {
      List<RequirementOutcome> own = results.getOrDefault(score.forceCode(), List.of()).stream()
          .sorted(Comparator.comparingInt((RequirementOutcome r) -> order.get(r.id()))).toList();
      List<DomainOutcome> ownDomains = a.code().domains().stream()
          .map(d -> domains.getOrDefault(new ForceDomain(score.forceCode(), d.id()),
              domainOutcome(d, null, score.forceCode(), a.lastYear(), national,
                  a.lastYear() == null ? null : a.lastYear().comparison(d))))
          .toList();
      ForceResults f = new ForceResults(registry.get(score.forceCode()), score, ranked.size(),
          ranked.stream().filter(o -> o.rank() == score.rank()).count() > 1, national.overallMedian(), own, ownDomains,
          risks(score.forceCode()), change(score), reach(score.forceCode()), peers(ranked, score), null);
      list.add(f.with(ForceSentences.of(f, a.asOf(), a.code().levels().size())));
    }
    return List.copyOf(list);
  }

  private List<LifecycleRisk> risks(String forceCode) {
    return a.scores().lifecycleRisks().stream().filter(r -> r.forceCode().equals(forceCode))
        .sorted(Comparator.comparing(LifecycleRisk::endOfSupport, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LifecycleRisk::assetId))
        .toList();
  }

  private ForceChange change(ForceScore score) {
    LastYear last = a.lastYear();
    if (last == null) {
      return null;
    }
    LastYear.ForceResult before = last.force(score.forceCode()).orElse(null);
    return new ForceChange(last.year(), before, before == null ? null : score.overallScore() - before.overallScore());
  }

  private List<Reach> reach(String forceCode) {
    List<Reach> reach = new ArrayList<>();
    for (var capability : a.network().capabilities()) {
      a.network().reach().stream()
          .filter(r -> r.forceCode().equals(forceCode) && r.capabilityId().equals(capability.id()))
          .findFirst().ifPresent(r -> reach.add(new Reach(capability, r)));
    }
    return reach;
  }

  private static List<String> peers(List<ForceScore> forces, ForceScore force) {
    return forces.stream().filter(f -> f.peerGroup().equals(force.peerGroup())).map(ForceScore::name).sorted()
        .toList();
  }

  // ---------------------------------------------------------------- what the year is

  public int year() {
    return a.year();
  }

  public LocalDate asOf() {
    return a.asOf();
  }

  public NetworkCode code() {
    return a.code();
  }

  /** The protective marking, e.g. OFFICIAL. */
  public String marking() {
    return a.marking();
  }

  public boolean provisional() {
    return a.provisional();
  }

  /** "OFFICIAL - PROVISIONAL" or "OFFICIAL". */
  public String markingLine() {
    return a.provisional() ? a.marking() + " - PROVISIONAL" : a.marking();
  }

  /** Last year's results, when there is a last year to compare with. */
  public Optional<LastYear> lastYear() {
    return Optional.ofNullable(a.lastYear());
  }

  // ---------------------------------------------------------------- the forces

  /** Every force's results, best rank first, tied forces by name. */
  public List<ForceResults> forces() {
    return forces;
  }

  /** One force's results. */
  public ForceResults force(String forceCode) {
    ForceResults f = byCode.get(forceCode);
    if (f == null) {
      throw new IllegalArgumentException("Cannot show the results of force '" + forceCode + "': it is not one of the "
          + forces.size() + " forces assessed in " + a.year() + "; give a force code such as "
          + byCode.keySet().stream().sorted().findFirst().orElse("E23000001"));
    }
    return f;
  }

  /** Whether the force was assessed this year. */
  public boolean assessed(String forceCode) {
    return byCode.containsKey(forceCode);
  }

  /** The forces of the registry, in its order. */
  public List<Force> registry() {
    return a.forces();
  }

  /** A force's name from the registry, "Unknown force" for a code it lacks, empty for none. */
  public String forceName(String forceCode) {
    Force f = registry.get(forceCode);
    return f != null ? f.name() : forceCode == null || forceCode.isEmpty() ? "" : "Unknown force";
  }

  /**
   * Forces by their change since last year, largest rise first, then those not assessed last
   * year; ties in the canonical order. Empty without a last year.
   */
  public List<ForceResults> byChangeSinceLastYear() {
    if (a.lastYear() == null) {
      return List.of();
    }
    Stream<ForceResults> compared = forces.stream().filter(f -> f.change().assessed())
        .sorted(Comparator.comparingDouble((ForceResults f) -> f.change().difference()).reversed());
    return Stream.concat(compared, forces.stream().filter(f -> !f.change().assessed())).toList();
  }

  // ---------------------------------------------------------------- every result

  /** Every requirement result, in the order scoring gives them (force, then the code's order). */
  public List<RequirementOutcome> requirementOutcomes() {
    return requirementOutcomes;
  }

  /** Every domain score, in the order scoring gives them. */
  public List<DomainOutcome> domainOutcomes() {
    return domainOutcomes;
  }

  /** Systems out of support or passing end of support within the year, by force, date and asset. */
  public List<LifecycleRisk> lifecycleRisks() {
    return a.scores().lifecycleRisks();
  }

  public List<DataQualityRow> dataQuality() {
    return a.dataQuality();
  }

  // ---------------------------------------------------------------- the nation

  public National national() {
    return national;
  }

  /** The headline findings, one sentence each, in the order a reader wants them. */
  public List<String> headlines() {
    return headlines;
  }

  public NetworkView network() {
    return network;
  }

  /** Systems reaching end of support in the year after the as-of date, by quarter and category. */
  public LifecycleOutlook lifecycle() {
    return lifecycle;
  }
}
