package uk.inspectorate.interop.code;

import java.util.List;

/**
 * A requirement of the code: what evidence to measure, how to score it, and what to do when a
 * force has none.
 *
 * @param crossCheckQuestion the survey question whose self-reported answer is compared with the
 *     evidence, or null
 * @param replaces ids of requirements in earlier editions that this one continues, for trends
 */
public record Requirement(
    String id,
    String title,
    String domainId,
    double weight,
    Evidence evidence,
    ScoringRule scoring,
    MissingPolicy missing,
    String crossCheckQuestion,
    List<String> replaces) {
  public Requirement {
    replaces = replaces == null ? List.of() : List.copyOf(replaces);
  }
}
