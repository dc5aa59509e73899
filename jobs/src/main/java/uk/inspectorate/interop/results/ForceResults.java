package uk.inspectorate.interop.results;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.Status;

/**
 * Everything one force's outputs show, worked out once: its scores and where they stand, every
 * requirement and domain with its change since last year, its lifecycle risks and network reach,
 * and the sentences said of it.
 *
 * @param force the force as the registry names it
 * @param forcesAssessed how many forces were assessed, for "rank 3 of 43"
 * @param jointRank whether another force shares its rank
 * @param nationalMedian the median overall score of all forces
 * @param requirements every result of the force, in the order of the code
 * @param domains every domain of the code, in order
 * @param risks its systems out of support or passing end of support within the year, soonest first
 * @param change against last year; null when there is no last year
 * @param peers the names of the forces of its peer group, itself included, in order of name
 * @param sentences what is said of the force, worked out from the rest
 */
public record ForceResults(
    Force force,
    ForceScore score,
    int forcesAssessed,
    boolean jointRank,
    double nationalMedian,
    List<RequirementOutcome> requirements,
    List<DomainOutcome> domains,
    List<LifecycleRisk> risks,
    ForceChange change,
    List<Reach> reach,
    List<String> peers,
    ForceSentences sentences) {

  public ForceResults {
    requirements = List.copyOf(requirements);
    domains = List.copyOf(domains);
    risks = List.copyOf(risks);
    reach = List.copyOf(reach);
    peers = List.copyOf(peers);
  }

  public String code() {
    return score.forceCode();
  }

  public String name() {
    return score.name();
  }

  /** The registry's short name ("Devon & Cornwall"), which keeps 43 forces legible on an axis; else the name. */
  public String shortName() {
    return force != null && force.shortName() != null && !force.shortName().isBlank() ? force.shortName() : score.name();
  }

  /** Against last year; empty when there is no last year. */
  public Optional<ForceChange> sinceLastYear() {
    return Optional.ofNullable(change);
  }

  /** The overall score less the national median. */
  public double gapToNationalMedian() {
    return score.overallScore() - nationalMedian;
  }

  /** Whether its overall score a year on is lower than now. */
  public boolean fallsAYearOn() {
    return score.nextYearScore() < score.overallScore() - 1e-9;
  }

  public Optional<RequirementOutcome> requirement(String requirementId) {
    return requirements.stream().filter(r -> r.id().equals(requirementId)).findFirst();
  }

  public Optional<DomainOutcome> domain(String domainId) {
    return domains.stream().filter(d -> d.domain().id().equals(domainId)).findFirst();
  }

  /** Every applicable requirement not met in full: not met first, then without evidence, then partly met. */
  public List<RequirementOutcome> unmet() {
    return requirements.stream().filter(RequirementOutcome::unmet)
        .sorted(Comparator.comparingInt((RequirementOutcome r) -> severity(r.status()))
            .thenComparing(RequirementOutcome::score, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** The requirements on which its self-assessment claims more than its evidence shows, in code order. */
  public List<RequirementOutcome> contradicted() {
    return requirements.stream().filter(RequirementOutcome::contradicted).toList();
  }

  /** How many of its results have the status. */
  public long count(Status status) {
    return requirements.stream().filter(r -> r.status() == status).count();
  }

  /** How many requirements apply to it (all but those not applicable). */
  public long applicable() {
    return requirements.size() - count(Status.NOT_APPLICABLE);
  }

  private static int severity(Status status) {
    return switch (status) {
      case NOT_MET -> 0;
      case NO_EVIDENCE -> 1;
      case PARTIAL -> 2;
      case MET -> 3;
      case NOT_APPLICABLE -> 4;
    };
  }

  /** The same results with what is said of them. */
  ForceResults with(ForceSentences said) {
    return new ForceResults(force, score, forcesAssessed, jointRank, nationalMedian, requirements, domains, risks,
        change, reach, peers, said);
  }
}
