package uk.inspectorate.interop.score;

import java.time.LocalDate;
import java.util.List;

/**
 * A system of a force's inventory that is out of support at the as-of date or passes end of
 * support within the year after it.
 *
 * @param passesWithinYear false when it was already out of support at the as-of date
 * @param requirementIds the look-ahead requirements whose score it lowers a year on
 */
public record LifecycleRisk(
    String forceCode,
    String assetId,
    String category,
    String vendor,
    String product,
    String version,
    LocalDate endOfSupport,
    boolean passesWithinYear,
    List<String> requirementIds) {

  public LifecycleRisk {
    requirementIds = List.copyOf(requirementIds);
  }
}
