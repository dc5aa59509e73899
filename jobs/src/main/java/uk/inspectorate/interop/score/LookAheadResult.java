package uk.inspectorate.interop.score;

import java.util.List;

/**
 * A requirement's result one year after the as-of date if nothing changed: the same measure with
 * {@code as_of} a year on, so that systems passing end of support within the year count as out of
 * support.
 *
 * @param score null when the requirement would be left out of its domain
 * @param systemsLeaving the asset ids behind the requirement that pass end of support within the
 *     year, in order; empty for sources other than the inventory
 */
public record LookAheadResult(
    Double measureValue,
    Double score,
    Status status,
    long evidenceCount,
    String reason,
    List<String> systemsLeaving) {

  public LookAheadResult {
    systemsLeaving = List.copyOf(systemsLeaving);
  }
}
