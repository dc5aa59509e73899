package uk.inspectorate.interop.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;

/**
 * The headline findings of the national picture, one sentence each, in the order a reader wants
 * them: levels reached, the median and range of scores, the strongest and weakest domains,
 * contradicted self-assessments, the year ahead, change since last year and the network. Where
 * forces tie, the first in the canonical order of forces is named.
 */
final class NationalHeadlines {
  /** A change of at most this (half a point) counts as holding steady. */
  private static final double HELD = 0.005;

  private final NetworkCode code;
  private final LocalDate asOf;
  private final List<ForceResults> forces;
  private final National national;
  private final LastYear last;
  private final List<RequirementOutcome> results;
  private final List<LifecycleRisk> risks;
  private final NetworkView network;

  NationalHeadlines(NetworkCode code, LocalDate asOf, List<ForceResults> forces, National national, LastYear last,
      List<RequirementOutcome> results, List<LifecycleRisk> risks, NetworkView network) {
    this.code = code;
    this.asOf = asOf;
    this.forces = forces;
    this.national = national;
    this.last = last;
    this.results = results;
    this.risks = risks;
    this.network = network;
  }

  List<String> all() {
    List<String> lines = new ArrayList<>();
    if (forces.isEmpty()) {
      return lines;
    }
    lines.add(levelsReached());
    lines.add(medianAndRange());
    domains().ifPresent(lines::add);
    contradictions().ifPresent(lines::add);
    yearAhead().ifPresent(lines::add);
    sinceLastYear().ifPresent(lines::add);
    leastConnected().ifPresent(lines::add);
    return lines;
  }

  private String levelsReached() {
    Level level = national.referenceLevel();
    long reached = forces.stream().filter(f -> f.score().maturityLevel() >= level.level()).count();
    String since = "";
    if (last != null) {
      long before = last.forcesAtOrAbove(level.level());
      since = before == reached ? ", the same as in " + last.year()
          : (before < reached ? ", up from " : ", down from ") + before + " in " + last.year();
    }
    return reached + " of " + forces.size() + " forces reached " + level.name() + " or above" + since + ".";
  }

  private String medianAndRange() {
    double median = national.overallMedian();
    Comparator<ForceResults> byScore = Comparator.comparingDouble(f -> f.score().overallScore());
    ForceScore top = forces.stream().max(byScore).orElseThrow().score();
    ForceScore bottom = forces.stream().min(byScore).orElseThrow().score();
    String change = "";
    if (last != null && !last.forces().isEmpty()) {
      double before = last.overallMedian();
      // the change between the two percentages the sentence shows, so it adds up
      change = ", " + Wording.movement((Wording.wholePercent(median) - Wording.wholePercent(before)) / 100.0) + " "
          + last.year() + " (" + Wording.percent(before) + ")";
    }
    return "The median overall score is " + Wording.percent(median) + change + "; scores run from "
        + Wording.percent(bottom.overallScore()) + " (" + bottom.name() + ") to " + Wording.percent(top.overallScore())
        + " (" + top.name() + ").";
  }

  private Optional<String> domains() {
    List<National.DomainStats> scored = national.domains().stream().filter(d -> d.forcesScored() > 0).toList();
    if (scored.size() < 2) {
      return Optional.empty();
    }
    National.DomainStats strongest = scored.stream().max(Comparator.comparingDouble(National.DomainStats::median))
        .orElseThrow();
    National.DomainStats weakest = scored.stream().min(Comparator.comparingDouble(National.DomainStats::median))
        .orElseThrow();
    String lowest = weakest.weakest().id() + " (" + Wording.lowerFirst(weakest.weakest().title()) + ")";
    if (strongest.median() - weakest.median() < 1e-9) {
      return Optional.of("Every domain has the same median score, " + Wording.percent(weakest.median())
          + "; the lowest-scoring requirement of " + weakest.domain().title() + " is " + lowest + ".");
    }
    return Optional.of("The strongest domain is " + strongest.domain().title() + " (median "
        + Wording.percent(strongest.median()) + "); the weakest is " + weakest.domain().title() + " (median "
        + Wording.percent(weakest.median()) + "), where " + lowest + " scores lowest.");
  }

  private Optional<String> contradictions() {
    List<RequirementOutcome> contradicted = results.stream().filter(RequirementOutcome::contradicted).toList();
    if (contradicted.isEmpty()) {
      return Optional.empty();
    }
    long forcesContradicted = contradicted.stream().map(RequirementOutcome::forceCode).distinct().count();
    Map<String, Long> byRequirement = contradicted.stream()
        .collect(Collectors.groupingBy(RequirementOutcome::id, Collectors.counting()));
    String most = byRequirement.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElseThrow();
    String title = code.requirements().filter(r -> r.id().equals(most)).map(Requirement::title).findFirst()
        .orElse(most);
    return Optional.of("In " + Wording.count(forcesContradicted, "force", "forces")
        + " the self-assessment claims more than the evidence shows on at least one requirement ("
        + Wording.count(contradicted.size(), "contradiction", "contradictions") + " in all), "
        + (byRequirement.size() == 1 ? (contradicted.size() == 1 ? "on " : "all on ") : "most often on ")
        + most + " (" + Wording.lowerFirst(title) + ").");
  }

  private Optional<String> yearAhead() {
    long passing = risks.stream().filter(LifecycleRisk::passesWithinYear).count();
    long dropping = forces.stream().filter(f -> f.score().nextYearLevel() < f.score().maturityLevel()).count();
    long lowered = forces.stream().filter(ForceResults::fallsAYearOn).count();
    if (passing == 0 && lowered == 0) {
      return Optional.empty();
    }
    return Optional.of("In the year after " + Wording.longDate(asOf) + ", "
        + passing + (passing == 1 ? " system passes" : " systems pass") + " end of support; if nothing changed, "
        + lowered + (lowered == 1 ? " force's" : " forces'") + " scores would fall and "
        + Wording.count(dropping, "force", "forces") + " would drop a maturity level.");
  }

  private Optional<String> sinceLastYear() {
    if (last == null) {
      return Optional.empty();
    }
    List<ForceResults> compared = forces.stream().filter(f -> f.change() != null && f.change().assessed()).toList();
    if (compared.size() < 2) {
      return Optional.empty();
    }
    Comparator<ForceResults> byChange = Comparator.comparingDouble(f -> f.change().difference());
    ForceResults up = compared.stream().max(byChange).orElseThrow();
    ForceResults down = compared.stream().min(byChange).orElseThrow();
    long improved = compared.stream()
        .filter(f -> f.score().overallScore() > f.change().previousScore() + HELD).count();
    long fell = compared.stream()
        .filter(f -> f.score().overallScore() < f.change().previousScore() - HELD).count();
    List<String> extremes = new ArrayList<>();
    if (Wording.wholePercent(up.change().difference()) > 0) {
      extremes.add("the largest rise was " + up.name() + " (" + Wording.points(up.change().difference()) + ")");
    }
    if (Wording.wholePercent(down.change().difference()) < 0) {
      extremes.add("the largest fall " + down.name() + " (" + Wording.points(down.change().difference()) + ")");
    }
    List<String> held = compared.stream().filter(f -> Math.abs(f.change().difference()) <= HELD)
        .map(ForceResults::name).sorted().toList();
    String unchanged = held.isEmpty() ? "" : held.size() <= 3
        ? ", " + held.size() + " held within half a point (" + Wording.joined(held) + ")"
        : ", " + held.size() + " held within half a point";
    return Optional.of(improved + " of " + compared.size() + " forces improved on " + last.year()
        + " by more than half a point, " + fell + " fell back" + unchanged
        + (extremes.isEmpty() ? "." : "; " + String.join(", ", extremes) + "."));
  }

  private Optional<String> leastConnected() {
    return network.leastConnected().map(weakest -> {
      NetworkView.CapabilityView strongest = network.mostConnected().orElseThrow();
      int isolated = weakest.summary().isolatedForces();
      return Wording.percent(weakest.connectivity()) + " of pairs of forces can exchange data on "
          + weakest.capability().title() + ", the least connected capability ("
          + (isolated == 1 ? "1 force exchanges with none" : isolated + " forces exchange with none") + "), against "
          + Wording.percent(strongest.connectivity()) + " on " + strongest.capability().title() + ".";
    });
  }
}
