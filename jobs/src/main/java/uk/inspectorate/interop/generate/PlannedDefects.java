package uk.inspectorate.interop.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The few bad rows written on purpose each year, and which forces they fall on. Forces are picked
 * by position in force-code order, rotating with the year, so the same arguments always plant the
 * same defects in the same rows. Defects are planted once, whatever the scale.
 */
final class PlannedDefects {
  /** A well-formed police force area code that belongs to no force. */
  static final String UNKNOWN_FORCE_CODE = "E23000099";

  /** Forces whose survey return never arrived, by year. */
  private static final Map<Integer, List<String>> MISSING_RETURNS =
      Map.of(2025, List.of("E23000020", "E23000038"));

  /**
   * An indicator a national system did not produce for a force in a year, and why: absent
   * evidence rather than a bad row, so that a requirement reading it has nothing for that force.
   */
  record IndicatorGap(int year, String forceCode, NationalIndicators.Indicator indicator, String reason) {}

  /** The planned gaps in the national indicators: one force a year lacks one indicator. */
  static final List<IndicatorGap> INDICATOR_GAPS = List.of(
      new IndicatorGap(2025, "E23000002", NationalIndicators.Indicator.CRITICAL_PATCH_DAYS,
          "patch data was not collected, as the force's servers were not yet enrolled in the national vulnerability service"),
      new IndicatorGap(2026, "W15000004", NationalIndicators.Indicator.NATIONAL_API_CALLS_PER_OFFICER,
          "its calls could not be told apart, as its systems called national APIs through a regional gateway"));

  /** A defect in an inventory row. */
  enum InventoryDefect {
    UNKNOWN_FORCE("a copy of an asset under force code " + UNKNOWN_FORCE_CODE + ", which no force has",
        "reject: unknown force code"),
    EMPTY_ASSET_ID("asset_id left empty", "reject: asset_id is required"),
    DUPLICATE_ASSET_ID("the same asset exported twice (its asset_id appears earlier for the force)",
        "reject the second row: duplicate asset_id within the force"),
    IMPOSSIBLE_DATE("end_of_support written 31/13/<year> (there is no month 13)",
        "reject: end_of_support is not a date"),
    TEXT_FOR_DATE("end_of_support written 'not known' instead of left empty",
        "reject: end_of_support is not a date"),
    UNKNOWN_ASSET_CLASS("asset_class 'gadget'",
        "reject: asset_class is not one of application, device, infrastructure, service");

    final String description;
    final String expected;

    InventoryDefect(String description, String expected) {
      this.description = description;
      this.expected = expected;
    }

    /** Whether the defect is a row of its own rather than a change to a row that would be written anyway. */
    boolean extraRow() {
      return this == UNKNOWN_FORCE || this == DUPLICATE_ASSET_ID;
    }

    void plant(List<String> record, int year) {
      switch (this) {
        case UNKNOWN_FORCE -> record.set(0, UNKNOWN_FORCE_CODE);
        case EMPTY_ASSET_ID -> record.set(Asset.ASSET_ID, "");
        case IMPOSSIBLE_DATE -> record.set(Asset.END_OF_SUPPORT, "31/13/" + year);
        case TEXT_FOR_DATE -> record.set(Asset.END_OF_SUPPORT, "not known");
        case UNKNOWN_ASSET_CLASS -> record.set(Asset.ASSET_CLASS, "gadget");
        case DUPLICATE_ASSET_ID -> { }
      }
    }

    String describe(int year) {
      return description.replace("<year>", Integer.toString(year));
    }
  }

  /** A defect in a survey return row. */
  enum ReturnDefect {
    PERCENT_NOT_A_NUMBER("answer 'n/a' to a percentage question", "reject: answer is not a percentage 0-100"),
    UNKNOWN_QUESTION("an answer to a question the code does not have", "reject: question not in the code"),
    LIKERT_OUT_OF_RANGE("answer '7' to a 0-4 question", "reject: answer is not a whole number 0-4");

    final String description;
    final String expected;

    ReturnDefect(String description, String expected) {
      this.description = description;
      this.expected = expected;
    }
  }

  private final Map<String, List<InventoryDefect>> inventory = new TreeMap<>();
  private final Map<String, List<ReturnDefect>> returns = new TreeMap<>();
  private final Set<String> missingReturns;
  private final List<IndicatorGap> indicatorGaps;

  private PlannedDefects(int year, List<String> forceCodes) {
    List<String> missing = MISSING_RETURNS.getOrDefault(year, List.of());
    this.missingReturns = Set.copyOf(missing.stream().filter(forceCodes::contains).toList());
    this.indicatorGaps = INDICATOR_GAPS.stream()
        .filter(g -> g.year() == year && forceCodes.contains(g.forceCode())).toList();
    int n = forceCodes.size();
    for (InventoryDefect defect : InventoryDefect.values()) {
      String force = forceCodes.get(Math.floorMod(year * 7 + defect.ordinal() * 11, n));
      inventory.computeIfAbsent(force, f -> new ArrayList<>()).add(defect);
    }
    List<String> returning = forceCodes.stream().filter(c -> !missingReturns.contains(c)).toList();
    for (ReturnDefect defect : ReturnDefect.values()) {
      if (!returning.isEmpty()) {
        String force = returning.get(Math.floorMod(year * 5 + defect.ordinal() * 13, returning.size()));
        returns.computeIfAbsent(force, f -> new ArrayList<>()).add(defect);
      }
    }
  }

  /** The defects for a year, over forces given in force-code order. */
  static PlannedDefects forYear(int year, List<String> forceCodes) {
    return new PlannedDefects(year, forceCodes);
  }

  List<InventoryDefect> inventory(String forceCode) {
    return inventory.getOrDefault(forceCode, List.of());
  }

  List<ReturnDefect> returns(String forceCode) {
    return returns.getOrDefault(forceCode, List.of());
  }

  boolean missingReturn(String forceCode) {
    return missingReturns.contains(forceCode);
  }

  /** The planned gap for this force and indicator in the year, if any. */
  Optional<IndicatorGap> indicatorGap(String forceCode, NationalIndicators.Indicator indicator) {
    return indicatorGaps.stream()
        .filter(g -> g.forceCode().equals(forceCode) && g.indicator() == indicator)
        .findFirst();
  }
}
