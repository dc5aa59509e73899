package uk.inspectorate.interop.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.inspectorate.interop.score.LifecycleRisk;

/**
 * Systems reaching end of support across all forces: those already out of support at the as-of
 * date, then those passing end of support in each quarter of the year after it, by category (the
 * {@link #NAMED_CATEGORIES} with most systems by name, ties by name, the rest together).
 *
 * @param periods {@link #ALREADY_OUT}, then the four quarters ("Apr–Jun 2026")
 * @param categories the categories in words, most systems first, then {@link #OTHER_CATEGORIES}
 *     when some are folded together; "Systems" when there are none
 * @param counts a row a category and a column a period, zero included
 */
public record LifecycleOutlook(List<String> periods, List<String> categories, List<List<Long>> counts) {
  public static final String ALREADY_OUT = "Already out of support";
  public static final String OTHER_CATEGORIES = "Other categories";
  /** The largest categories shown by name; the rest are {@link #OTHER_CATEGORIES}. */
  public static final int NAMED_CATEGORIES = 4;

  public LifecycleOutlook {
    periods = List.copyOf(periods);
    categories = List.copyOf(categories);
    counts = counts.stream().map(List::copyOf).toList();
  }

  /** Systems in a period, over every category. */
  public long total(int period) {
    return counts.stream().mapToLong(row -> row.get(period)).sum();
  }

  /** Systems already out of support. */
  public long alreadyOut() {
    return total(0);
  }

  /** Systems passing end of support within the year. */
  public long passing() {
    long passing = 0;
    for (int period = 1; period < periods.size(); period++) {
      passing += total(period);
    }
    return passing;
  }

  static LifecycleOutlook of(List<LifecycleRisk> risks, LocalDate asOf) {
    List<String> periods = new ArrayList<>();
    periods.add(ALREADY_OUT);
    for (int q = 1; q <= 4; q++) {
      periods.add(Wording.quarterOfYearAfter(asOf, q));
    }
    Map<String, Long> byCategory = risks.stream()
        .collect(Collectors.groupingBy(r -> Wording.category(r.category()), TreeMap::new, Collectors.counting()));
    List<String> categories = byCategory.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    List<String> named = categories.size() <= NAMED_CATEGORIES + 1 ? categories
        : categories.subList(0, NAMED_CATEGORIES);
    List<String> rows = new ArrayList<>(named);
    if (named.size() < categories.size()) {
      rows.add(OTHER_CATEGORIES);
    }
    if (rows.isEmpty()) {
      rows.add("Systems");
    }
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (LifecycleRisk risk : risks) {
      String category = Wording.category(risk.category());
      String row = named.contains(category) ? category : OTHER_CATEGORIES;
      String period = risk.passesWithinYear() ? periods.get(quarter(asOf, risk.endOfSupport())) : ALREADY_OUT;
      counts.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(period, 1L, Long::sum);
    }
    List<List<Long>> table = new ArrayList<>();
    for (String row : rows) {
      List<Long> line = new ArrayList<>();
      for (String period : periods) {
        line.add(counts.getOrDefault(row, Map.of()).getOrDefault(period, 0L));
      }
      table.add(line);
    }
    return new LifecycleOutlook(periods, rows, table);
  }

  /** 1 to 4: the quarter of the year after {@code asOf} that {@code date} falls in; clamped. */
  static int quarter(LocalDate asOf, LocalDate date) {
    for (int q = 1; q < 4; q++) {
      if (!date.isAfter(asOf.plusMonths(3L * q))) {
        return q;
      }
    }
    return 4;
  }
}
