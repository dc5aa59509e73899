package uk.inspectorate.interop.score;

import java.util.Map;
import uk.inspectorate.interop.ingest.Force;

/** Builds evidence for hand-worked scoring tests and finds results in what they score. */
final class ScoresLookup {
  private ScoresLookup() {}

  static Force force(String code, String name, String peer) {
    return new Force(code, name, name, name.toLowerCase(), "England", "North East", "territorial", peer, 1000, 500_000L);
  }

  static void put(Map<ForceRequirement, MeasuredEvidence> evidence, String force, String req, double value, long rows) {
    evidence.put(new ForceRequirement(force, req), new MeasuredEvidence(force, req, value, rows));
  }

  static DomainScore domain(Scorer.Scores s, String force, String domain) {
    return s.domains().stream().filter(d -> d.forceCode().equals(force) && d.domainId().equals(domain)).findFirst().orElseThrow();
  }

  static ForceScore force(Scorer.Scores s, String force) {
    return s.forces().stream().filter(f -> f.forceCode().equals(force)).findFirst().orElseThrow();
  }

  static RequirementResult result(Scorer.Scores s, String force, String req) {
    return s.requirements().stream().filter(r -> r.forceCode().equals(force) && r.requirementId().equals(req)).findFirst().orElseThrow();
  }
}
