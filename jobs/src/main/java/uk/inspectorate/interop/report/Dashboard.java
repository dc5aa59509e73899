package uk.inspectorate.interop.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.report.dashboard.Pages;
import uk.inspectorate.interop.score.DomainScore;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Scoring;
import uk.inspectorate.interop.score.Status;

/**
 * The publishable dashboard: static HTML pages that any web server or a file browser can serve,
 * rendered from precompiled templates that escape every value by its HTML context. Pages make no
 * request outside the publication; the one script only enhances tables (sorting and filtering),
 * so every page works without it. Nothing internal reaches a page: it shows the published tables'
 * fields and the code's own words, never comments, respondents, rejects or file names.
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
    CHART_TITLES.put(NetworkChart.KIND, "Which forces can exchange data with which (force by force)");
  }

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final List<String> ASSETS = List.of("style.css", "tables.js", "favicon.svg");

  private final Assessment a;
  private final Findings findings;
  private final Map<String, Requirement> requirements;
  private final Map<String, Domain> domains;
  private final Map<String, ForceScore> byCode;
  private final Map<String, Double> nationalDomainMedians = new LinkedHashMap<>();
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "uk.inspectorate.interop.report.dashboard.templates");

  private Dashboard(Assessment a) {
    this.a = a;
    this.findings = new Findings(a);
    this.requirements = a.code().requirements().collect(Collectors.toMap(Requirement::id, Function.identity()));
    this.domains = a.code().domains().stream().collect(Collectors.toMap(Domain::id, Function.identity()));
    this.byCode = a.scores().forces().stream().collect(Collectors.toMap(ForceScore::forceCode, Function.identity()));
    for (Findings.DomainStats d : findings.domainStats()) {
      nationalDomainMedians.put(d.domain().id(), d.forcesScored() == 0 ? null : d.median());
    }
  }

  /**
   * Writes the dashboard into {@code dir}: index.html, methodology.html, data.html, a page a force
   * under forces/, and assets/.
   *
   * @param tables the published tables, for the data page (their csv/ and data/ files sit beside
   *     the dashboard's folder)
   * @param charts the chart files written to charts/, beside the dashboard's folder
   * @return the pages written, index first
   */
  public static List<Path> write(Assessment a, List<Table> tables, List<Path> charts, Path dir) throws IOException {
    return new Dashboard(a).writeAll(tables, charts, dir);
  }

  private List<Path> writeAll(List<Table> tables, List<Path> charts, Path dir) throws IOException {
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
    for (ForceScore force : rankOrder()) {
      pages.add(render("force.jte", force(force), dir.resolve("forces").resolve(force.slug() + ".html")));
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
    return new Pages.Frame(title, root, current, a.year(), LONG_DATE.format(a.asOf()), a.marking(), a.provisional(),
        a.code().title() == null ? a.code().label() : a.code().title() + " (" + a.code().label() + ")");
  }

  private List<ForceScore> rankOrder() {
    return a.scores().forces().stream()
        .sorted(Comparator.comparingInt(ForceScore::rank).thenComparing(ForceScore::name)).toList();
  }

  // ---------------------------------------------------------------- the national picture

  private Pages.IndexPage index() {
    List<ForceScore> forces = rankOrder();
    Integer previousYear = a.previousYear().map(PreviousYear::year).orElse(null);
    List<Pages.LevelRow> levels = new ArrayList<>();
    for (Level level : a.code().levels()) {
      long now = forces.stream().filter(f -> f.maturityLevel() == level.level()).count();
      String before = a.previousYear()
          .map(p -> String.valueOf(p.levels().values().stream().filter(l -> l == level.level()).count())).orElse("");
      levels.add(new Pages.LevelRow(level.level(), level.name(), threshold(level), now, before));
    }
    List<Pages.DomainRow> domainRows = new ArrayList<>();
    for (Findings.DomainStats d : findings.domainStats()) {
      boolean scored = d.forcesScored() > 0;
      domainRows.add(new Pages.DomainRow(d.domain().id(), d.domain().title(), scored ? Shown.score(d.median()) : "No score",
          scored ? Shown.score(d.lowerQuartile()) + " to " + Shown.score(d.upperQuartile()) : "",
          scored ? Shown.score(d.min()) + " to " + Shown.score(d.max()) : "",
          d.lastYearMedian() == null ? "" : Shown.score(d.lastYearMedian()),
          d.weakest() == null ? "" : d.weakest().id() + " " + d.weakest().title() + " (median " + Shown.score(d.weakestMedian()) + ")"));
    }
    List<Pages.ForceRow> rows = forces.stream().map(f -> new Pages.ForceRow(f.rank(), f.name(),
        "forces/" + f.slug() + ".html", f.region(), f.peerGroup(), f.maturityLevel(), f.levelName(),
        Shown.score(f.overallScore()), sortKey(f.overallScore()), change(f.forceCode()), changeSortKey(f.forceCode()),
        yearOn(f))).toList();
    return new Pages.IndexPage(frame("ICT interoperability maturity of police forces, " + a.year(), "", "index"),
        findings.headlines(), levelChart(levels, previousYear), levels, domainChart(findings.domainStats(), previousYear),
        domainRows, rows, previousYear, forces.size(), findings.referenceLevel().name(), networkChart(), networkRows());
  }

  /** Each capability: how many pairs of forces can exchange data on it, and who is left out. */
  private List<Pages.CapabilityRow> networkRows() {
    var network = a.network();
    List<Pages.CapabilityRow> rows = new ArrayList<>();
    for (var c : network.capabilities()) {
      var m = network.summary(c.id());
      rows.add(new Pages.CapabilityRow(c.title(), Shown.score(m.connectivity()), m.connectedPairs() + " of " + m.pairs(),
          m.isolatedForces(), m.largestCluster()));
    }
    return rows;
  }

  private Pages.Chart networkChart() {
    var network = a.network();
    Bars bars = new Bars("chart-network", "Pairs of forces that can exchange data, by capability, " + a.year(),
        "Share of the " + network.pairs().stream().filter(p -> network.capabilities().isEmpty()
            || p.capabilityId().equals(network.capabilities().get(0).id())).count()
            + " pairs of forces that can exchange data on each capability. "
            + network.capabilities().stream().map(c -> c.title() + ": " + Shown.score(network.connectivity(c.id())))
                .collect(Collectors.joining("; ")) + ".", true, 1);
    bars.series(String.valueOf(a.year()), "s1");
    network.capabilities().forEach(c -> bars.category(c.title(), List.of(network.connectivity(c.id()))));
    return bars.chart();
  }

  /** The smallest multiple of four at or above {@code count}, so the scale's quarters are whole forces. */
  private static long wholeQuarters(long count) {
    return Math.max(4, (count + 3) / 4 * 4);
  }

  private static String threshold(Level level) {
    String text = Shown.score(level.minScore()) + " overall";
    return level.minDomainScore() == null ? text : text + " and " + Shown.score(level.minDomainScore()) + " in every domain";
  }

  private Pages.Chart levelChart(List<Pages.LevelRow> levels, Integer previousYear) {
    Bars bars = new Bars("chart-levels", "Forces by maturity level, " + a.year(),
        "Number of forces at each maturity level in " + a.year()
            + (previousYear == null ? "" : ", with " + previousYear + " for comparison") + ". "
            + levels.stream().map(l -> l.name() + ": " + l.forces() + (l.lastYear().isEmpty() ? "" : " (" + l.lastYear() + " in " + previousYear + ")"))
                .collect(Collectors.joining("; ")) + ".",
        false, wholeQuarters(levels.stream().mapToLong(l -> Math.max(l.forces(),
            l.lastYear().isEmpty() ? 0 : Long.parseLong(l.lastYear()))).max().orElse(1)));
    bars.series(String.valueOf(a.year()), "s1");
    if (previousYear != null) {
      bars.series(String.valueOf(previousYear), "s3");
    }
    for (Pages.LevelRow level : levels) {
      List<Double> values = new ArrayList<>(List.of((double) level.forces()));
      if (previousYear != null) {
        values.add(Double.parseDouble(level.lastYear()));
      }
      bars.category(level.level() + " " + level.name(), values);
    }
    return bars.chart();
  }

  private Pages.Chart domainChart(List<Findings.DomainStats> stats, Integer previousYear) {
    Bars bars = new Bars("chart-domains", "Median domain score across forces, " + a.year(),
        "Median score of the " + a.scores().forces().size() + " forces in each domain of the code"
            + (previousYear == null ? "" : ", with " + previousYear + " for comparison") + ". "
            + stats.stream().filter(d -> d.forcesScored() > 0)
                .map(d -> d.domain().title() + ": " + Shown.score(d.median())
                    + (d.lastYearMedian() == null ? "" : " (" + Shown.score(d.lastYearMedian()) + " in " + previousYear + ")"))
                .collect(Collectors.joining("; ")) + ".",
        true, 1);
    bars.series(String.valueOf(a.year()), "s1");
    if (previousYear != null) {
      bars.series(String.valueOf(previousYear), "s3");
    }
    for (Findings.DomainStats d : stats) {
      List<Double> values = new ArrayList<>();
      values.add(d.forcesScored() > 0 ? d.median() : null);
      if (previousYear != null) {
        values.add(d.lastYearMedian());
      }
      bars.category(d.domain().title(), values);
    }
    return bars.chart();
  }

  // ---------------------------------------------------------------- one force

  private Pages.ForcePage force(ForceScore f) {
    String title = f.name() + ": ICT interoperability maturity, " + a.year();
    Map<String, DomainScore> own = a.scores().domains().stream().filter(d -> d.forceCode().equals(f.forceCode()))
        .collect(Collectors.toMap(DomainScore::domainId, Function.identity()));
    List<Pages.ForceDomainRow> domainRows = new ArrayList<>();
    Bars bars = new Bars("chart-domains", "Domain scores of " + f.name() + " against its peers and the nation, " + a.year(),
        "", true, 1);
    bars.series(shortName(f), "s1");
    bars.series("Peer-group median", "s2");
    bars.series("National median", "s3");
    List<String> described = new ArrayList<>();
    for (Domain domain : a.code().domains()) {
      DomainScore d = own.get(domain.id());
      Double value = d == null ? null : d.score();
      Double peers = d == null ? null : d.peerMedian();
      Double nation = nationalDomainMedians.get(domain.id());
      Double before = a.previousYear().map(p -> p.domainScores().get(f.forceCode() + "|" + domain.id())).orElse(null);
      domainRows.add(new Pages.ForceDomainRow(domain.title(), value == null ? "No score" : Shown.score(value),
          peers == null ? "" : Shown.score(peers), nation == null ? "" : Shown.score(nation),
          value == null || peers == null ? "" : gap(value - peers),
          before == null ? "" : Shown.score(before), value == null || before == null ? "" : points(value - before)));
      bars.category(domain.title(), java.util.Arrays.asList(value, peers, nation));
      described.add(domain.title() + ": " + (value == null ? "no score" : Shown.score(value))
          + (peers == null ? "" : ", peers " + Shown.score(peers)) + (nation == null ? "" : ", nation " + Shown.score(nation)));
    }
    bars.description("Scores of " + f.name() + " in each domain beside the median of its peer group ("
        + f.peerGroup() + ") and of all forces. " + String.join("; ", described) + ".");

    List<RequirementResult> results = a.scores().requirements().stream()
        .filter(r -> r.forceCode().equals(f.forceCode())).toList();
    Map<String, RequirementResult> byId = results.stream()
        .collect(Collectors.toMap(RequirementResult::requirementId, Function.identity()));
    List<Pages.RequirementRow> requirementRows = new ArrayList<>();
    int position = 0;
    for (Requirement requirement : a.code().requirements().toList()) {
      RequirementResult r = byId.get(requirement.id());
      position++;
      if (r == null) {
        continue;
      }
      requirementRows.add(new Pages.RequirementRow(requirement.id(), String.format(Locale.ROOT, "%04d", position),
          requirement.title(),
          domains.get(requirement.domainId()).title(), status(r.status()),
          r.score() == null ? "Left out" : Shown.score(r.score()), r.reason(),
          Palette.words(r.crossCheck()), yearOn(r), sinceLastYear(requirement, r)));
    }
    List<Pages.StatusCount> counts = new ArrayList<>();
    for (Status s : Status.values()) {
      long n = results.stream().filter(r -> r.status() == s).count();
      if (n > 0 || s != Status.NOT_APPLICABLE) {
        counts.add(new Pages.StatusCount(status(s), n));
      }
    }
    List<Pages.TrendRow> trends = new ArrayList<>();
    a.previousYear().ifPresent(p -> {
      Double before = p.overall().get(f.forceCode());
      Integer level = p.levels().get(f.forceCode());
      if (before != null && level != null) {
        trends.add(new Pages.TrendRow(String.valueOf(p.year()), Shown.score(before), level + " " + p.levelNames().getOrDefault(level, "")));
      }
    });
    trends.add(new Pages.TrendRow(a.year() + " (as at " + LONG_DATE.format(a.asOf()) + ")", Shown.score(f.overallScore()),
        f.maturityLevel() + " " + f.levelName()));
    trends.add(new Pages.TrendRow("A year on, if nothing changes (" + LONG_DATE.format(a.asOf().plusYears(1)) + ")",
        Shown.score(f.nextYearScore()), f.nextYearLevel() + " " + f.nextYearLevelName()));

    List<Pages.RiskRow> risks = a.scores().lifecycleRisks().stream().filter(r -> r.forceCode().equals(f.forceCode()))
        .map(r -> new Pages.RiskRow(r.assetId(), r.category(), product(r), LONG_DATE.format(r.endOfSupport()),
            r.passesWithinYear() ? "Passes end of support within the year" : "Out of support at the as-of date",
            String.join(", ", r.requirementIds())))
        .toList();
    String by = " by " + LONG_DATE.format(a.asOf().plusYears(1)) + " (score " + Shown.score(f.nextYearScore()) + ")";
    String outlook = "If nothing changes, the force would "
        + (f.nextYearLevel() < f.maturityLevel() ? "drop to level " + f.nextYearLevel() + " " + f.nextYearLevelName() + by
            + " as systems pass end of support."
        : f.nextYearLevel() > f.maturityLevel() ? "rise to level " + f.nextYearLevel() + " " + f.nextYearLevelName() + by + "."
        : "stay at level " + f.maturityLevel() + " " + f.levelName() + by + ".");
    List<Pages.ReachRow> reach = new ArrayList<>();
    for (var c : a.network().capabilities()) {
      a.network().reach().stream().filter(r -> r.forceCode().equals(f.forceCode()) && r.capabilityId().equals(c.id()))
          .findFirst().ifPresent(r -> reach.add(new Pages.ReachRow(c.title(), r.systems(), r.reachable() + " of " + r.otherForces(),
              Shown.score(r.reach()))));
    }
    String charts = "../../charts/radar-" + f.slug();
    return new Pages.ForcePage(frame(title, "../", "force"), f.name(), f.forceCode(), f.region(), f.peerGroup(),
        f.maturityLevel(), f.levelName(), Shown.score(f.overallScore()), f.rank(), a.scores().forces().size(), f.quartile(),
        Shown.score(f.peerMedian()), against(f.gapToPeerMedian()), changeSentence(f.forceCode()), outlook, bars.chart(),
        domainRows, counts, requirementRows, trends, risks, reach, charts + ".png", charts + ".svg");
  }

  private String shortName(ForceScore f) {
    var force = a.forcesByCode().get(f.forceCode());
    return force == null || force.shortName() == null || force.shortName().isBlank() ? f.name() : force.shortName();
  }

  private static String product(LifecycleRisk r) {
    return java.util.stream.Stream.of(r.vendor(), r.product(), r.version())
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
  }

  private String yearOn(RequirementResult r) {
    boolean falls = r.score() != null && r.nextYearScore() != null && r.nextYearScore() < r.score() - Scoring.TOLERANCE;
    if (r.lookAhead() == null || (r.lookAhead().status() == r.status() && !falls)) {
      return "";
    }
    return status(r.lookAhead().status()).text() + " (" + (r.nextYearScore() == null ? "left out" : Shown.score(r.nextYearScore())) + ")";
  }

  /** The change in a requirement's score since last year, or why it is not compared. */
  private String sinceLastYear(Requirement requirement, RequirementResult r) {
    return a.previousYear().map(p -> {
      String comparison = p.comparison(requirement);
      if (!PreviousYear.COMPARABLE.equals(comparison)) {
        return comparison.equals(PreviousYear.NEW) ? "New requirement" : "Not compared: " + comparison;
      }
      Double before = p.requirementScores().get(r.forceCode() + "|" + r.requirementId());
      return before == null || r.score() == null ? "" : points(r.score() - before);
    }).orElse("");
  }

  private String yearOn(ForceScore f) {
    String level = f.nextYearLevel() + " " + f.nextYearLevelName();
    return f.nextYearLevel() < f.maturityLevel() ? level + " (drops)"
        : f.nextYearLevel() > f.maturityLevel() ? level + " (rises)" : level;
  }

  // ---------------------------------------------------------------- method and data

  private Pages.MethodologyPage methodology() {
    List<Pages.LevelRule> levels = a.code().levels().stream().map(l -> new Pages.LevelRule(l.level(), l.name(),
        Shown.score(l.minScore()), l.minDomainScore() == null ? "" : Shown.score(l.minDomainScore()))).toList();
    List<Pages.MethodDomain> list = new ArrayList<>();
    for (Domain d : a.code().domains()) {
      List<Pages.MethodRequirement> rs = d.requirements().stream().map(r -> new Pages.MethodRequirement(r.id(),
          r.title(), number(r.weight()), r.evidence() == null ? "" : r.evidence().source().key(),
          r.scoring() == null ? "" : r.scoring().method().key(), r.scoring() == null ? "" : r.scoring().parameters(),
          r.missing() == null ? "" : r.missing().key(),
          r.crossCheckQuestion() == null ? "" : a.code().question(r.crossCheckQuestion())
              .map(q -> q.id() + " " + q.text()).orElse(r.crossCheckQuestion()),
          r.evidence() == null || r.evidence().where() == null ? "every row of the force" : r.evidence().where(),
          r.evidence() == null ? "" : r.evidence().measure(), r.evidence() == null ? "" : r.evidence().unit().key(),
          String.join(", ", r.replaces()))).toList();
      list.add(new Pages.MethodDomain(d.id(), d.title(), number(d.weight()), rs));
    }
    String aggregation = switch (a.code().aggregation()) {
      case ARITHMETIC -> "a weighted arithmetic mean";
      case GEOMETRIC -> "a weighted geometric mean (a weak domain cannot be fully made up by a strong one)";
    };
    return new Pages.MethodologyPage(frame("How forces are assessed, " + a.year(), "", "methodology"),
        a.code().title(), aggregation, levels, list,
        java.util.Arrays.stream(Status.values()).map(Dashboard::status).toList());
  }

  private Pages.DataPage data(List<Table> tables, List<Path> charts) {
    List<Pages.DataTable> list = tables.stream().map(t -> new Pages.DataTable(t.name(), t.description(),
        t.rows().size(), "../csv/" + t.name() + ".csv", "../data/" + t.name() + "/part-00000.parquet",
        t.columns().stream().map(c -> new Pages.ColumnRow(c.name(), c.type().name().toLowerCase(Locale.ROOT), c.meaning()))
            .toList())).toList();
    List<String> names = charts.stream().map(p -> p.getFileName().toString())
        .filter(n -> n.endsWith(".svg")).map(n -> n.substring(0, n.length() - 4)).toList();
    List<Pages.ChartFile> files = CHART_TITLES.entrySet().stream().filter(e -> names.contains(e.getKey()))
        .map(e -> new Pages.ChartFile(e.getValue(), "../charts/" + e.getKey() + ".png", "../charts/" + e.getKey() + ".svg"))
        .toList();
    return new Pages.DataPage(frame("Open data, " + a.year(), "", "data"), list, "../csv/data-dictionary.csv", files);
  }

  // ---------------------------------------------------------------- how values read

  /** A difference in percentage points to a tenth: "+4.1 points", "\u22122.0 points", "no change". */
  static String points(double difference) {
    java.math.BigDecimal tenths = Shown.tenthsOfPercent(difference);
    if (tenths.signum() == 0) {
      return "no change";
    }
    return (tenths.signum() > 0 ? "+" : "\u2212") + tenths.abs().toPlainString() + " points";
  }

  /** A gap to a median: "+1.5 points", "\u22121.7 points", or "level" when it shows as nothing. */
  static String gap(double difference) {
    String text = points(difference);
    return text.equals("no change") ? "level" : text;
  }

  /** Where a force stands against a median, in words: "1.7 points below it", "level with it". */
  static String against(double difference) {
    java.math.BigDecimal tenths = Shown.tenthsOfPercent(difference);
    if (tenths.signum() == 0) {
      return "level with it";
    }
    return tenths.abs().toPlainString() + " points " + (tenths.signum() > 0 ? "above" : "below") + " it";
  }

  private static String sortKey(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  /** The change in overall score since last year, or null when the force was not assessed then. */
  private Double changeOf(String forceCode) {
    Double before = a.previousYear().map(p -> p.overall().get(forceCode)).orElse(null);
    return before == null ? null : byCode.get(forceCode).overallScore() - before;
  }

  private String change(String forceCode) {
    Double change = changeOf(forceCode);
    return change == null ? "" : points(change);
  }

  private String changeSortKey(String forceCode) {
    Double change = changeOf(forceCode);
    return change == null ? "" : sortKey(change);
  }

  private String changeSentence(String forceCode) {
    return a.previousYear().map(p -> {
      Double before = p.overall().get(forceCode);
      if (before == null) {
        return "Not assessed in " + p.year() + ".";
      }
      Integer level = p.levels().get(forceCode);
      String c = change(forceCode);
      return (c.equals("no change") ? "No change" : c) + " since " + p.year() + " (" + Shown.score(before)
          + (level == null ? "" : ", level " + level + " " + p.levelNames().getOrDefault(level, "")) + ").";
    }).orElse("");
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  static Pages.Status status(Status s) {
    return switch (s) {
      case MET -> new Pages.Status("met", Palette.words(s), "\u2714", 1);
      case PARTIAL -> new Pages.Status("partial", Palette.words(s), "\u25d1", 2);
      case NOT_MET -> new Pages.Status("not-met", Palette.words(s), "\u2718", 3);
      case NO_EVIDENCE -> new Pages.Status("no-evidence", Palette.words(s), "?", 4);
      case NOT_APPLICABLE -> new Pages.Status("not-applicable", Palette.words(s), "\u2013", 5);
    };
  }

  /**
   * A horizontal bar chart drawn as SVG: each category's name on a line of its own above its bars
   * (so long names need no truncation), a bar a series, each bar's value written at its end, and a
   * legend in words. Colours tell series apart only as well as the legend and order do; the same
   * numbers are always in a table beside the chart.
   */
  static final class Bars {
    private static final int WIDTH = 480;
    private static final int LEFT = 8;
    private static final int PLOT = 400;
    private static final int BAR = 16;
    private static final int GAP = 3;
    private static final int NAME_LINE = 17;
    /** Characters of a category's name on one line: bold 13 px text across the 480 units. */
    private static final int NAME_CHARS = 52;
    private static final int AFTER = 12;
    private static final int LEGEND_LINE = 20;

    private final String id;
    private final String title;
    private String description;
    private final boolean percent;
    private final double max;
    private final List<String[]> series = new ArrayList<>();
    private final List<Map.Entry<String, List<Double>>> categories = new ArrayList<>();

    Bars(String id, String title, String description, boolean percent, double max) {
      this.id = id;
      this.title = title;
      this.description = description;
      this.percent = percent;
      this.max = max;
    }

    void series(String name, String cssClass) {
      series.add(new String[] {name, cssClass});
    }

    void category(String name, List<Double> values) {
      categories.add(Map.entry(name, values));
    }

    void description(String text) {
      description = text;
    }

    Pages.Chart chart() {
      List<Pages.Rect> rects = new ArrayList<>();
      List<Pages.Line> lines = new ArrayList<>();
      List<Pages.Label> labels = new ArrayList<>();
      // the legend: a swatch and its name a line, so that no name, however long, runs off the chart
      List<Pages.LegendItem> legend = series.stream().map(s -> new Pages.LegendItem(s[0], "bar " + s[1])).toList();
      int y = 4;
      for (Pages.LegendItem item : legend) {
        rects.add(new Pages.Rect(LEFT, y, 14, 14, item.cssClass()));
        labels.add(new Pages.Label(LEFT + 20, y + 12, item.text(), "start", "legend"));
        y += LEGEND_LINE;
      }
      int top = y + 8;
      List<List<String>> names = categories.stream().map(c -> wrap(c.getKey())).toList();
      int bottom = top;
      for (List<String> name : names) {
        bottom += name.size() * NAME_LINE + 4 + series.size() * (BAR + GAP) + AFTER;
      }
      // gridlines at quarters of the scale, labelled below the plot
      for (int q = 0; q <= 4; q++) {
        int x = LEFT + PLOT * q / 4;
        lines.add(new Pages.Line(x, top, x, bottom, q == 0 ? "axis" : "grid"));
        String tick = percent ? (25 * q) + "%" : number(max * q / 4.0);
        if (percent || max * q / 4.0 == Math.rint(max * q / 4.0)) {
          labels.add(new Pages.Label(x, bottom + 16, tick, q == 0 ? "start" : "middle", "tick"));
        }
      }
      y = top;
      for (int c = 0; c < categories.size(); c++) {
        for (String line : names.get(c)) {
          labels.add(new Pages.Label(LEFT, y + 14, line, "start", "category"));
          y += NAME_LINE;
        }
        int barY = y + 4;
        List<Double> values = categories.get(c).getValue();
        for (int s = 0; s < series.size(); s++) {
          Double value = s < values.size() ? values.get(s) : null;
          if (value == null) {
            labels.add(new Pages.Label(LEFT + 4, barY + BAR - 3, "no score", "start", "value"));
          } else {
            int w = (int) Math.round(PLOT * Math.min(1, value / max));
            if (w > 0) {
              rects.add(new Pages.Rect(LEFT, barY, w, BAR, "bar " + series.get(s)[1]));
            }
            labels.add(new Pages.Label(LEFT + w + 4, barY + BAR - 3, percent ? Shown.score(value) : number(value), "start", "value"));
          }
          barY += BAR + GAP;
        }
        y = barY + AFTER;
      }
      return new Pages.Chart(id, WIDTH, bottom + 24, title, description, rects, lines, labels, legend);
    }

    /** A category's name in lines that fit across the chart, broken between words. */
    static List<String> wrap(String name) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : name.split(" ")) {
        if (!line.isEmpty() && line.length() + 1 + word.length() > NAME_CHARS) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.isEmpty() ? "" : " ").append(word);
      }
      lines.add(line.toString());
      return lines;
    }
  }
}
