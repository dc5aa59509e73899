package uk.inspectorate.interop.report.dashboard;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.publish.Table;
import uk.inspectorate.interop.report.chart.Charts;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.National;
import uk.inspectorate.interop.results.NetworkView;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;
import uk.inspectorate.interop.score.Status;

/**
 * The publishable dashboard: static HTML pages that any web server or a file browser can serve,
 * rendered from precompiled templates that escape every value by its HTML context. Pages make no
 * request outside the publication; the one script only enhances tables (sorting and filtering),
 * so every page works without it. Nothing internal reaches a page: it shows the published tables'
 * fields and the code's own words, never comments, respondents, rejects or file names. It lays out
 * {@link Results}; the pages of the forces are {@link ForcePages}.
 */
public final class Dashboard {
  /** The national charts of charts/, with what each shows, in the order the data page lists them. */
  private static final Map<String, String> CHART_TITLES = new LinkedHashMap<>();

  static {
    CHART_TITLES.put(Charts.LEVELS, "Forces by maturity level");
    CHART_TITLES.put(Charts.DOMAINS, "Domain scores across forces");
    CHART_TITLES.put(Charts.RANKED, "Overall scores ranked, with peer-group medians");
    CHART_TITLES.put(Charts.HEAT_MAP, "Requirement status, force by requirement");
    CHART_TITLES.put(Charts.YEAR_ON_YEAR, "Change in overall score since last year");
    CHART_TITLES.put(Charts.LIFECYCLE, "Systems reaching end of support");
    CHART_TITLES.put(Charts.NETWORK, "Which forces can exchange data with which (force by force)");
  }

  private static final List<String> ASSETS = List.of("style.css", "tables.js", "favicon.svg");

  private final Results r;
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "uk.inspectorate.interop.report.dashboard.templates");

  private Dashboard(Results r) {
    this.r = r;
  }

  /**
   * Writes the dashboard into {@code dir}: index.html, methodology.html, data.html, a page a force
   * under forces/, and assets/.
   *
   * @param tables the published tables, for the data page (their csv/ and data/ files sit beside
   *     the dashboard's folder)
   * @param charts the names of the national charts in charts/, beside the dashboard's folder
   * @return the pages written, index first
   */
  public static List<Path> write(Results r, List<Table<?>> tables, List<String> charts, Path dir) throws IOException {
    return new Dashboard(r).writeAll(tables, charts, dir);
  }

  private List<Path> writeAll(List<Table<?>> tables, List<String> charts, Path dir) throws IOException {
    Files.createDirectories(dir.resolve("forces"));
    Files.createDirectories(dir.resolve("assets"));
    for (String asset : ASSETS) {
      try (InputStream in = Dashboard.class.getResourceAsStream("/dashboard/" + asset)) {
        Files.write(dir.resolve("assets").resolve(asset), Objects.requireNonNull(in, asset).readAllBytes());
      }
    }
    List<Path> pages = new ArrayList<>();
    pages.add(render("index.jte", index(), dir.resolve("index.html")));
    pages.add(render("methodology.jte", methodology(), dir.resolve("methodology.html")));
    pages.add(render("data.jte", data(tables, charts), dir.resolve("data.html")));
    ForcePages forcePages = new ForcePages(r, this::frame);
    for (ForceResults force : r.forces()) {
      pages.add(render("force.jte", forcePages.page(force),
          dir.resolve("forces").resolve(force.score().slug() + ".html")));
    }
    return pages;
  }

  private Path render(String template, Object page, Path file) throws IOException {
    StringOutput out = new StringOutput();
    engine.render(template, page, out);
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private Pages.Frame frame(String title, String root, String current) {
    return new Pages.Frame(title, root, current, r.year(), Wording.longDate(r.asOf()), r.marking(), r.provisional(),
        r.code().title() == null ? r.code().label() : r.code().title() + " (" + r.code().label() + ")");
  }

  // ---------------------------------------------------------------- the national picture

  private Pages.IndexPage index() {
    Integer previousYear = r.lastYear().map(p -> p.year()).orElse(null);
    List<Pages.LevelRow> levels = new ArrayList<>();
    for (National.LevelCount count : r.national().levels()) {
      Level level = count.level();
      levels.add(new Pages.LevelRow(level.level(), level.name(), threshold(level), count.forces(),
          count.lastYear() == null ? "" : String.valueOf(count.lastYear())));
    }
    List<Pages.DomainRow> domainRows = new ArrayList<>();
    for (National.DomainStats d : r.national().domains()) {
      boolean scored = d.forcesScored() > 0;
      domainRows.add(new Pages.DomainRow(d.domain().id(), d.domain().title(),
          scored ? Wording.score(d.median()) : "No score",
          scored ? Wording.score(d.lowerQuartile()) + " to " + Wording.score(d.upperQuartile()) : "",
          scored ? Wording.score(d.min()) + " to " + Wording.score(d.max()) : "",
          d.lastYearMedian() == null ? "" : Wording.score(d.lastYearMedian()),
          d.weakest() == null ? "" : d.weakest().id() + " " + d.weakest().title() + " (median "
              + Wording.score(d.weakestMedian()) + ")"));
    }
    List<Pages.ForceRow> rows = r.forces().stream().map(f -> new Pages.ForceRow(f.score().rank(), f.name(),
        "forces/" + f.score().slug() + ".html", f.score().region(), f.score().peerGroup(), f.score().maturityLevel(),
        f.score().levelName(), Wording.score(f.score().overallScore()), sortKey(f.score().overallScore()),
        f.sentences().changeText(), f.change() == null || !f.change().assessed() ? "" : sortKey(f.change().difference()),
        f.sentences().levelAYearOn())).toList();
    return new Pages.IndexPage(frame("ICT interoperability maturity of police forces, " + r.year(), "", "index"),
        r.headlines(), levelChart(levels, previousYear), levels, domainChart(previousYear), domainRows, rows,
        previousYear, r.forces().size(), r.national().referenceLevel().name(), networkChart(), networkRows());
  }

  /** Each capability: how many pairs of forces can exchange data on it, and who is left out. */
  private List<Pages.CapabilityRow> networkRows() {
    return r.network().capabilities().stream().map(c -> new Pages.CapabilityRow(c.capability().title(),
        Wording.score(c.connectivity()), c.summary().connectedPairs() + " of " + c.summary().pairs(),
        c.summary().isolatedForces(), c.summary().largestCluster())).toList();
  }

  private Pages.Chart networkChart() {
    NetworkView network = r.network();
    Bars bars = new Bars("chart-network", "Pairs of forces that can exchange data, by capability, " + r.year(),
        "Share of the " + network.pairsPerCapability() + " pairs of forces that can exchange data on each capability. "
            + network.capabilities().stream()
                .map(c -> c.capability().title() + ": " + Wording.score(c.connectivity()))
                .collect(Collectors.joining("; ")) + ".", true, 1);
    bars.series(String.valueOf(r.year()), "s1");
    network.capabilities().forEach(c -> bars.category(c.capability().title(), List.of(c.connectivity())));
    return bars.chart();
  }

  /** The smallest multiple of four at or above {@code count}, so the scale's quarters are whole forces. */
  private static long wholeQuarters(long count) {
    return Math.max(4, (count + 3) / 4 * 4);
  }

  private static String threshold(Level level) {
    String text = Wording.score(level.minScore()) + " overall";
    return level.minDomainScore() == null ? text
        : text + " and " + Wording.score(level.minDomainScore()) + " in every domain";
  }

  private Pages.Chart levelChart(List<Pages.LevelRow> levels, Integer previousYear) {
    Bars bars = new Bars("chart-levels", "Forces by maturity level, " + r.year(),
        "Number of forces at each maturity level in " + r.year()
            + (previousYear == null ? "" : ", with " + previousYear + " for comparison") + ". "
            + levels.stream().map(l -> l.name() + ": " + l.forces()
                + (l.lastYear().isEmpty() ? "" : " (" + l.lastYear() + " in " + previousYear + ")"))
                .collect(Collectors.joining("; ")) + ".",
        false, wholeQuarters(r.national().levels().stream().mapToLong(l -> Math.max(l.forces(),
            l.lastYear() == null ? 0 : l.lastYear())).max().orElse(1)));
    bars.series(String.valueOf(r.year()), "s1");
    if (previousYear != null) {
      bars.series(String.valueOf(previousYear), "s3");
    }
    for (National.LevelCount count : r.national().levels()) {
      List<Double> values = new ArrayList<>(List.of((double) count.forces()));
      if (previousYear != null) {
        values.add((double) count.lastYear());
      }
      bars.category(count.level().level() + " " + count.level().name(), values);
    }
    return bars.chart();
  }

  private Pages.Chart domainChart(Integer previousYear) {
    List<National.DomainStats> stats = r.national().domains();
    Bars bars = new Bars("chart-domains", "Median domain score across forces, " + r.year(),
        "Median score of the " + r.forces().size() + " forces in each domain of the code"
            + (previousYear == null ? "" : ", with " + previousYear + " for comparison") + ". "
            + stats.stream().filter(d -> d.forcesScored() > 0)
                .map(d -> d.domain().title() + ": " + Wording.score(d.median()) + (d.lastYearMedian() == null ? ""
                    : " (" + Wording.score(d.lastYearMedian()) + " in " + previousYear + ")"))
                .collect(Collectors.joining("; ")) + ".",
        true, 1);
    bars.series(String.valueOf(r.year()), "s1");
    if (previousYear != null) {
      bars.series(String.valueOf(previousYear), "s3");
    }
    for (National.DomainStats d : stats) {
      List<Double> values = new ArrayList<>();
      values.add(d.medianOrNull());
      if (previousYear != null) {
        values.add(d.lastYearMedian());
      }
      bars.category(d.domain().title(), values);
    }
    return bars.chart();
  }

  // ---------------------------------------------------------------- method and data

  private Pages.MethodologyPage methodology() {
    List<Pages.LevelRule> levels = r.code().levels().stream().map(l -> new Pages.LevelRule(l.level(), l.name(),
        Wording.score(l.minScore()), l.minDomainScore() == null ? "" : Wording.score(l.minDomainScore()))).toList();
    List<Pages.MethodDomain> list = new ArrayList<>();
    for (Domain d : r.code().domains()) {
      List<Pages.MethodRequirement> rs = d.requirements().stream().map(q -> new Pages.MethodRequirement(q.id(),
          q.title(), Wording.number(q.weight()), q.evidence().source().key(), q.scoring().method().key(),
          q.scoring().parameters(), q.missing().key(),
          q.crossCheckQuestion() == null ? "" : r.code().question(q.crossCheckQuestion())
              .map(question -> question.id() + " " + question.text()).orElse(q.crossCheckQuestion()),
          q.evidence().where() == null ? "every row of the force" : q.evidence().where(),
          q.evidence().measure(), q.evidence().unit().key(), String.join(", ", q.replaces()))).toList();
      list.add(new Pages.MethodDomain(d.id(), d.title(), Wording.number(d.weight()), rs));
    }
    String aggregation = switch (r.code().aggregation()) {
      case ARITHMETIC -> "a weighted arithmetic mean";
      case GEOMETRIC -> "a weighted geometric mean (a weak domain cannot be fully made up by a strong one)";
    };
    return new Pages.MethodologyPage(frame("How forces are assessed, " + r.year(), "", "methodology"),
        r.code().title(), aggregation, levels, list, Arrays.stream(Status.values()).map(Dashboard::status).toList());
  }

  private Pages.DataPage data(List<Table<?>> tables, List<String> charts) {
    List<Pages.DataTable> list = tables.stream().map(t -> new Pages.DataTable(t.name(), t.description(),
        t.rows().size(), "../csv/" + t.name() + ".csv", "../data/" + t.name() + "/part-00000.parquet",
        t.columns().stream().map(c -> new Pages.ColumnRow(c.name(), c.type().key(), c.meaning())).toList())).toList();
    List<Pages.ChartFile> files = CHART_TITLES.entrySet().stream().filter(e -> charts.contains(e.getKey()))
        .map(e -> new Pages.ChartFile(e.getValue(), "../charts/" + e.getKey() + ".png",
            "../charts/" + e.getKey() + ".svg"))
        .toList();
    return new Pages.DataPage(frame("Open data, " + r.year(), "", "data"), list, "../csv/data-dictionary.csv", files);
  }

  /** How a status reads on a page: a class for its colour, its words and a symbol, and where it sorts. */
  static Pages.Status status(Status s) {
    return switch (s) {
      case MET -> new Pages.Status("met", Wording.status(s), "\u2714", 1);
      case PARTIAL -> new Pages.Status("partial", Wording.status(s), "\u25d1", 2);
      case NOT_MET -> new Pages.Status("not-met", Wording.status(s), "\u2718", 3);
      case NO_EVIDENCE -> new Pages.Status("no-evidence", Wording.status(s), "?", 4);
      case NOT_APPLICABLE -> new Pages.Status("not-applicable", Wording.status(s), "\u2013", 5);
    };
  }

  static String sortKey(double value) {
    return String.format(java.util.Locale.ROOT, "%.6f", value);
  }
}
