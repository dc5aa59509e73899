package uk.inspectorate.interop.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.Rotation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import uk.inspectorate.interop.code.Domain;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.code.Requirement;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.score.DomainScore;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.RequirementResult;
import uk.inspectorate.interop.score.Scoring;
import uk.inspectorate.interop.score.Status;

/**
 * The assessment's charts, each written as a PNG for print and an SVG for the web. Every chart
 * says what it shows and when, names its source and marking, and uses colours that read for every
 * kind of colour vision. The SVG of a chart is byte-identical across runs.
 *
 * <p>Each chart has a pure factory, {@code ...Data(Assessment)}, that returns the dataset the
 * chart draws, so a test can check the numbers behind it without looking at pixels.
 */
public final class Charts {
  /** Layout size in points of the landscape charts; the PNG is drawn at {@link #PNG_SCALE} times this. */
  static final int WIDTH = 960;
  static final int HEIGHT = 540;
  static final double PNG_SCALE = ChartStyle.PNG_SCALE;

  static final ChartStyle.Size LANDSCAPE = new ChartStyle.Size(WIDTH, HEIGHT);
  /** For one row a force: 43 rows need about 22 points each to stay readable at A4 width. */
  static final ChartStyle.Size PORTRAIT = new ChartStyle.Size(WIDTH, 1240);
  static final ChartStyle.Size RADAR = new ChartStyle.Size(800, 640);

  /** The single series of the level distribution. */
  static final String FORCES = "Forces";
  static final String DOMAIN_SCORES = "Domain scores";
  static final String OVERALL = "Overall score";
  static final String PEER_MEDIAN = "Peer-group median";
  static final String NATIONAL_MEDIAN = "National median";
  static final String ALREADY_OUT = "Already out of support";
  static final String OTHER_CATEGORIES = "Other categories";
  /** Lifecycle risk shows the largest categories by name and the rest together. */
  static final int NAMED_CATEGORIES = 4;
  /** Threads {@link #renderAll} draws on, at most. */
  private static final int MAX_THREADS = 4;
  /** Lanes the dots of a domain are spread over in the domain scores chart. */
  private static final int DOT_LANES = 5;

  /** The charts {@link #renderAll} writes, by file name without extension. */
  static final String LEVELS = "level-distribution";
  static final String DOMAINS = "domain-scores";
  static final String RANKED = "overall-scores";
  static final String HEAT_MAP = "requirement-status";
  static final String YEAR_ON_YEAR = "year-on-year";
  static final String LIFECYCLE = "lifecycle-risk";

  // English rather than UK: the UK locale abbreviates September to "Sept", out of step with "Jun".
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private Charts() {}

  /**
   * Writes every chart of the pack into {@code chartsDir} as {@code <kind>.png} and
   * {@code <kind>.svg}, and a radar a force as {@code radar-<slug>.png|svg}. The year-on-year
   * chart is left out when there is no previous year, the interoperability matrix when the code
   * names no capabilities.
   *
   * @return the files written, in the order written
   */
  public static List<Path> renderAll(Assessment a, Path chartsDir) throws IOException {
    List<String> kinds = new ArrayList<>(List.of(LEVELS, DOMAINS, RANKED, HEAT_MAP));
    List<Callable<Void>> jobs = new ArrayList<>();
    jobs.add(() -> write(levelDistributionChart(a), LANDSCAPE, chartsDir, LEVELS));
    jobs.add(() -> write(domainScoresChart(a), LANDSCAPE, chartsDir, DOMAINS));
    jobs.add(() -> write(overallScoresChart(a), PORTRAIT, chartsDir, RANKED));
    jobs.add(() -> write(requirementStatusChart(a), PORTRAIT, chartsDir, HEAT_MAP));
    Optional<JFreeChart> change = yearOnYearChart(a);
    if (change.isPresent()) {
      kinds.add(YEAR_ON_YEAR);
      jobs.add(() -> write(change.get(), PORTRAIT, chartsDir, YEAR_ON_YEAR));
    }
    kinds.add(LIFECYCLE);
    jobs.add(() -> write(lifecycleRiskChart(a), LANDSCAPE, chartsDir, LIFECYCLE));
    if (!a.network().pairs().isEmpty()) {
      kinds.add(NetworkChart.KIND);
      jobs.add(() -> write(NetworkChart.chart(a), NetworkChart.SIZE, chartsDir, NetworkChart.KIND));
    }
    List<ForceScore> forces = rankOrder(a);
    forces.forEach(f -> kinds.add("radar-" + f.slug()));
    int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    for (int lane = 0; lane < threads; lane++) {
      int first = lane;
      jobs.add(() -> {
        // One chart for a lane's radars: only its data and titles change from force to force.
        Radar radar = new Radar(a);
        for (int i = first; i < forces.size(); i += threads) {
          write(radar.of(forces.get(i).forceCode()), RADAR, chartsDir, "radar-" + forces.get(i).slug());
        }
        return null;
      });
    }
    runAll(jobs, threads);
    List<Path> written = new ArrayList<>();
    for (String kind : kinds) {
      written.add(chartsDir.resolve(kind + ".png"));
      written.add(chartsDir.resolve(kind + ".svg"));
    }
    return written;
  }

  /** Runs the jobs on a few threads: drawing and PNG compression are CPU-bound and independent. */
  private static void runAll(List<Callable<Void>> jobs, int threads) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, job -> {
      Thread thread = new Thread(job, "charts");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (Callable<Void> job : jobs) {
        done.add(pool.submit(job));
      }
      for (Future<Void> future : done) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Cannot draw the charts: interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException("Cannot draw the charts: " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A force's radar as PNG bytes, e.g. to embed in its factsheet. */
  public static byte[] radarPng(Assessment a, String forceCode) throws IOException {
    return ChartStyle.png(new Radar(a).of(forceCode), RADAR);
  }

  private static Void write(JFreeChart chart, ChartStyle.Size size, Path dir, String kind) throws IOException {
    ChartStyle.writePng(chart, size, dir.resolve(kind + ".png"));
    ChartStyle.writeSvg(chart, size, dir.resolve(kind + ".svg"), kind);
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Level distribution

  /** A bar a maturity level of the code, lowest first, showing how many forces reached it. */
  public static void levelDistribution(Assessment a, Path png, Path svg) throws IOException {
    JFreeChart chart = levelDistributionChart(a);
    ChartStyle.writePng(chart, LANDSCAPE, png);
    ChartStyle.writeSvg(chart, LANDSCAPE, svg, "levels");
  }

  static JFreeChart levelDistributionChart(Assessment a) {
    DefaultCategoryDataset data = levelDistributionData(a);
    String title = "Maturity levels of the " + a.scores().forces().size() + " forces, " + a.year()
        + " (as at " + date(a) + ")";
    CategoryAxis categories = new CategoryAxis("Maturity level");
    ChartStyle.styleAxis(categories);
    categories.setMaximumCategoryLabelLines(2);
    NumberAxis values = new NumberAxis("Number of forces");
    ChartStyle.styleAxis(values);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    values.setUpperMargin(0.12);

    // The same colour a level as in the ranked chart, so the pack reads as one.
    Map<String, Color> colours = levelColours(a).entrySet().stream().collect(Collectors.toMap(
        e -> levelLabel(levelsInOrder(a).stream().filter(l -> l.level() == e.getKey()).findFirst().orElseThrow()),
        Map.Entry::getValue));
    BarRenderer bars = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return colours.getOrDefault(data.getColumnKey(column), Palette.OKABE_ITO_BLUE);
      }
    };
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setDefaultOutlinePaint(Color.GRAY);
    bars.setDefaultOutlineStroke(new BasicStroke(0.5f));
    bars.setMaximumBarWidth(0.12);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    bars.setDefaultItemLabelFont(ChartStyle.font(Font.BOLD, 15));
    bars.setDefaultItemLabelsVisible(true);

    CategoryPlot plot = categoryPlot(data, categories, values, bars, PlotOrientation.VERTICAL);
    return ChartStyle.chart(title, plot, a, false);
  }

  /**
   * The numbers behind {@link #levelDistribution}: one column a level of the code, keyed
   * "1 Initial", in level order, including levels no force reached.
   *
   * @throws IllegalArgumentException when a force has a level the code does not define
   */
  static DefaultCategoryDataset levelDistributionData(Assessment a) {
    Map<Integer, String> labels = new LinkedHashMap<>();
    levelsInOrder(a).forEach(level -> labels.put(level.level(), levelLabel(level)));
    Map<Integer, Long> counts = a.scores().forces().stream()
        .collect(Collectors.groupingBy(ForceScore::maturityLevel, Collectors.counting()));
    for (Map.Entry<Integer, Long> count : counts.entrySet()) {
      if (!labels.containsKey(count.getKey())) {
        throw new IllegalArgumentException("Cannot chart the level distribution: " + count.getValue()
            + " force(s) have maturity level " + count.getKey() + ", which " + a.code().label()
            + " does not define; its levels are " + List.copyOf(labels.keySet()));
      }
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    labels.forEach((level, label) -> data.addValue(counts.getOrDefault(level, 0L), FORCES, label));
    return data;
  }

  static String levelLabel(Level level) {
    return level.level() + " " + level.name();
  }

  // ---------------------------------------------------------------------------------------------
  // Domain scores across forces

  /** A box and the forces' dots for each domain of the code, in the code's order. */
  public static void domainScores(Assessment a, Path png, Path svg) throws IOException {
    JFreeChart chart = domainScoresChart(a);
    ChartStyle.writePng(chart, LANDSCAPE, png);
    ChartStyle.writeSvg(chart, LANDSCAPE, svg, DOMAINS);
  }

  /**
   * The numbers behind {@link #domainScores}: for each domain (column key the domain's title), the
   * lowest and highest score, the quartiles (linear interpolation, as the scoring's national
   * quartiles) and the mean, over the forces with a score in that domain. A domain no force has
   * a score in has an item of nulls.
   */
  static DefaultBoxAndWhiskerCategoryDataset domainScoresData(Assessment a) {
    DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
    domainScoreLists(a).forEach((domain, scores) -> {
      if (scores.isEmpty()) {
        data.add(new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of()), DOMAIN_SCORES,
            domain);
        return;
      }
      double[] q = Scoring.quartiles(scores);
      double min = scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      double max = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      // Whiskers run to the lowest and highest force: every force is drawn as a dot anyway.
      data.add(new BoxAndWhiskerItem(mean, q[1], q[0], q[2], min, max, min, max, List.of()), DOMAIN_SCORES, domain);
    });
    return data;
  }

  /** Each domain's scores over the forces that have one, keyed by the domain's title, in code order. */
  private static Map<String, List<Double>> domainScoreLists(Assessment a) {
    Map<String, List<Double>> byDomain = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (Domain domain : a.code().domains()) {
      byDomain.put(domain.title(), new ArrayList<>());
      titles.put(domain.id(), domain.title());
    }
    for (DomainScore score : a.scores().domains()) {
      String title = titles.get(score.domainId());
      if (title != null && score.score() != null) {
        byDomain.get(title).add(score.score());
      }
    }
    return byDomain;
  }

  static JFreeChart domainScoresChart(Assessment a) {
    // The dots of a domain are dealt in score order over a few lanes, so forces with equal
    // scores sit side by side instead of on top of each other.
    DefaultMultiValueCategoryDataset dots = new DefaultMultiValueCategoryDataset();
    domainScoreLists(a).forEach((domain, scores) -> {
      List<List<Double>> lanes = new ArrayList<>();
      for (int lane = 0; lane < DOT_LANES; lane++) {
        lanes.add(new ArrayList<>());
      }
      List<Double> sorted = scores.stream().sorted().toList();
      for (int i = 0; i < sorted.size(); i++) {
        lanes.get(i % DOT_LANES).add(sorted.get(i));
      }
      for (int lane = 0; lane < DOT_LANES; lane++) {
        dots.add(lanes.get(lane), FORCES + " " + (lane + 1), domain);
      }
    });

    CategoryAxis domains = new CategoryAxis(null);
    ChartStyle.styleAxis(domains);
    domains.setMaximumCategoryLabelWidthRatio(0.28f);
    domains.setMaximumCategoryLabelLines(2);
    domains.setCategoryMargin(0.25);
    NumberAxis scores = ChartStyle.scoreAxis("Domain score");
    scores.setRange(-0.015, 1.015);

    ScatterRenderer dotRenderer = new ScatterRenderer();
    dotRenderer.setAutoPopulateSeriesPaint(false);
    dotRenderer.setAutoPopulateSeriesShape(false);
    dotRenderer.setDefaultPaint(withAlpha(Palette.OKABE_ITO_BLUE, 170));
    dotRenderer.setDefaultShape(new Ellipse2D.Double(-5, -5, 10, 10));
    dotRenderer.setUseSeriesOffset(true);
    dotRenderer.setItemMargin(0);
    dotRenderer.setUseOutlinePaint(false);
    dotRenderer.setBaseShapesFilled(true);

    BoxAndWhiskerRenderer boxes = new BoxAndWhiskerRenderer();
    boxes.setSeriesPaint(0, Palette.BOX_FILL);
    boxes.setFillBox(true);
    boxes.setMeanVisible(false);
    boxes.setMedianVisible(true);
    boxes.setArtifactPaint(Color.DARK_GRAY);
    boxes.setSeriesOutlinePaint(0, Color.DARK_GRAY);
    boxes.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
    boxes.setUseOutlinePaintForWhiskers(true);
    boxes.setMaximumBarWidth(0.8);
    boxes.setWhiskerWidth(0.6);

    CategoryPlot plot = categoryPlot(dots, domains, scores, dotRenderer, PlotOrientation.HORIZONTAL);
    plot.setDataset(1, domainScoresData(a));
    plot.setRenderer(1, boxes);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    plot.setRangeGridlinesVisible(true);

    JFreeChart chart = ChartStyle.chart("Domain scores of the " + a.scores().forces().size() + " forces, " + date(a),
        plot, a, false);
    ChartStyle.subtitle(chart, "Each dot is a force. The box holds the middle half of forces; the line in it is the"
        + " median.");
    return chart;
  }

  // ---------------------------------------------------------------------------------------------
  // Ranked overall scores with peer medians

  /** A bar a force, best first, coloured by maturity level, with its peer group's median marked. */
  public static void overallScores(Assessment a, Path png, Path svg) throws IOException {
    JFreeChart chart = overallScoresChart(a);
    ChartStyle.writePng(chart, PORTRAIT, png);
    ChartStyle.writeSvg(chart, PORTRAIT, svg, RANKED);
  }

  /**
   * The numbers behind {@link #overallScores}: rows {@link #OVERALL} and {@link #PEER_MEDIAN},
   * one column a force in rank order (ties by name), keyed "rank short-name", e.g. "2 Durham".
   */
  static DefaultCategoryDataset overallScoresData(Assessment a) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ForceScore force : rankOrder(a)) {
      String label = force.rank() + " " + shortName(a, force);
      data.addValue(force.overallScore(), OVERALL, label);
      data.addValue(force.peerMedian(), PEER_MEDIAN, label);
    }
    return data;
  }

  static JFreeChart overallScoresChart(Assessment a) {
    DefaultCategoryDataset data = overallScoresData(a);
    List<ForceScore> ranked = rankOrder(a);
    List<Level> levels = levelsInOrder(a);
    Map<Integer, Color> levelColours = levelColours(a);

    CategoryAxis forces = forceAxis();
    NumberAxis scores = ChartStyle.scoreAxis("Overall score");

    BarRenderer bars = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return levelColours.getOrDefault(ranked.get(column).maturityLevel(), Color.GRAY);
      }
    };
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setDefaultOutlinePaint(Color.GRAY);
    bars.setDefaultOutlineStroke(new BasicStroke(0.5f));
    bars.setSeriesVisible(1, false);

    LineAndShapeRenderer medians = new LineAndShapeRenderer(false, true);
    medians.setSeriesVisible(0, false);
    medians.setSeriesShape(1, new Rectangle2D.Double(-2, -10, 4, 20));
    medians.setSeriesPaint(1, Color.BLACK);
    // A white edge keeps the mark visible on the darkest bars.
    medians.setUseOutlinePaint(true);
    medians.setDrawOutlines(true);
    medians.setSeriesOutlinePaint(1, Color.WHITE);
    medians.setSeriesOutlineStroke(1, new BasicStroke(1.5f));

    CategoryPlot plot = categoryPlot(data, forces, scores, bars, PlotOrientation.HORIZONTAL);
    plot.setDataset(1, data);
    plot.setRenderer(1, medians);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

    LegendItemCollection legend = new LegendItemCollection();
    for (Level level : levels) {
      legend.add(box(levelLabel(level), levelColours.get(level.level()), Color.GRAY));
    }
    LegendItem median = new LegendItem(PEER_MEDIAN, null, null, null, new Rectangle2D.Double(-2, -8, 4, 16),
        Color.BLACK);
    legend.add(median);
    plot.setFixedLegendItems(legend);

    JFreeChart chart = ChartStyle.chart("Overall scores by force, " + date(a), plot, a, true);
    ChartStyle.subtitle(chart, "Bars are coloured by maturity level; the black mark is the median of the force's peer"
        + " group.");
    return chart;
  }

  // ---------------------------------------------------------------------------------------------
  // Radar per force

  /** One force's domain scores against its peer group's median and the national median. */
  public static void radar(Assessment a, String forceCode, Path png, Path svg) throws IOException {
    JFreeChart chart = new Radar(a).of(forceCode);
    ChartStyle.writePng(chart, RADAR, png);
    ChartStyle.writeSvg(chart, RADAR, svg, "radar-" + force(a, forceCode).slug());
  }

  /**
   * The numbers behind a force's radar: rows the force (keyed by its short name),
   * {@link #PEER_MEDIAN} and {@link #NATIONAL_MEDIAN}; one column a domain (its title) in code
   * order. A domain the force has no score in is null and left off its web.
   *
   * @throws IllegalArgumentException when the assessment has no such force
   */
  static DefaultCategoryDataset radarData(Assessment a, String forceCode) {
    ForceScore force = force(a, forceCode);
    Map<String, DomainScore> own = a.scores().domains().stream()
        .filter(d -> d.forceCode().equals(forceCode))
        .collect(Collectors.toMap(DomainScore::domainId, Function.identity()));
    Map<String, List<Double>> national = new LinkedHashMap<>();
    a.scores().domains().stream().filter(d -> d.score() != null)
        .forEach(d -> national.computeIfAbsent(d.domainId(), k -> new ArrayList<>()).add(d.score()));
    String name = shortName(a, force);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Domain domain : a.code().domains()) {
      DomainScore score = own.get(domain.id());
      data.addValue(score == null ? null : score.score(), name, domain.title());
      data.addValue(score == null ? null : score.peerMedian(), PEER_MEDIAN, domain.title());
      data.addValue(Scoring.median(national.getOrDefault(domain.id(), List.of())), NATIONAL_MEDIAN, domain.title());
    }
    return data;
  }

  /** The radar chart, built once and redrawn for each force. */
  private static final class Radar {
    private final Assessment a;
    private final RadarPlot plot;
    private final JFreeChart chart;
    private final Map<String, Long> peerGroupSizes;

    Radar(Assessment a) {
      this.a = a;
      plot = new RadarPlot(null);
      plot.setMaxValue(1.0);
      plot.setStartAngle(90);
      plot.setDirection(Rotation.CLOCKWISE);
      plot.setInteriorGap(0.22);
      plot.setAxisLabelGap(0.06);
      plot.setLabelFont(ChartStyle.font(Font.PLAIN, 15));
      plot.setLabelPaint(ChartStyle.TEXT);
      plot.setAxisLinePaint(Palette.GRID);
      plot.setOutlineVisible(false);
      plot.setBackgroundPaint(Color.WHITE);
      plot.setHeadPercent(0.012);
      plot.setSeriesPaint(0, Palette.OKABE_ITO_BLUE);
      plot.setSeriesOutlineStroke(0, new BasicStroke(3f));
      plot.setSeriesPaint(1, Palette.OKABE_ITO_ORANGE);
      plot.setSeriesOutlineStroke(1, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {8f, 5f}, 0f));
      plot.setSeriesPaint(2, Color.DARK_GRAY);
      plot.setSeriesOutlineStroke(2, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {2f, 4f}, 0f));
      for (int series = 0; series < 3; series++) {
        plot.setSeriesOutlinePaint(series, plot.getSeriesPaint(series));
      }
      chart = ChartStyle.chart("", plot, a, true);
      ChartStyle.subtitle(chart, "");
      peerGroupSizes = a.scores().forces().stream()
          .collect(Collectors.groupingBy(f -> String.valueOf(f.peerGroup()), Collectors.counting()));
    }

    JFreeChart of(String forceCode) {
      ForceScore force = force(a, forceCode);
      plot.setDataset(radarData(a, forceCode));
      chart.setTitle(shortName(a, force) + ": domain scores, " + date(a));
      chart.getTitle().setFont(ChartStyle.font(Font.BOLD, 20));
      chart.getTitle().setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
      chart.getTitle().setPadding(new RectangleInsets(0, 0, 8, 0));
      ((org.jfree.chart.title.TextTitle) chart.getSubtitle(0)).setText("Overall " + Shown.percent(force.overallScore())
          + ", level " + force.maturityLevel() + " " + force.levelName() + ", rank " + force.rank() + " of "
          + a.scores().forces().size() + ". Peer group: " + force.peerGroup() + " ("
          + peerGroupSizes.getOrDefault(String.valueOf(force.peerGroup()), 0L) + " forces).");
      return chart;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Requirement heat map

  /** The status of every requirement for every force: forces in rank order down, requirements across. */
  public static void requirementStatus(Assessment a, Path png, Path svg) throws IOException {
    JFreeChart chart = requirementStatusChart(a);
    ChartStyle.writePng(chart, PORTRAIT, png);
    ChartStyle.writeSvg(chart, PORTRAIT, svg, HEAT_MAP);
  }

  /**
   * The numbers behind {@link #requirementStatus}.
   *
   * @param forces the row labels, top to bottom: "rank short-name", in rank order
   * @param requirements the column labels, left to right: requirement ids in code order
   * @param statuses one series; x the requirement's index, y the force's index, z the ordinal of
   *     the {@link Status}; a force without a result for a requirement has no item there
   */
  record RequirementStatusData(List<String> forces, List<String> requirements, DefaultXYZDataset statuses) {
    /** The status at a cell, or null when there is none. */
    Status status(String forceLabel, String requirementId) {
      int x = requirements.indexOf(requirementId);
      int y = forces.indexOf(forceLabel);
      for (int i = 0; i < statuses.getItemCount(0); i++) {
        if (statuses.getXValue(0, i) == x && statuses.getYValue(0, i) == y) {
          return Status.values()[(int) statuses.getZValue(0, i)];
        }
      }
      return null;
    }
  }

  static RequirementStatusData requirementStatusData(Assessment a) {
    List<ForceScore> ranked = rankOrder(a);
    List<String> forceLabels = ranked.stream().map(f -> f.rank() + " " + shortName(a, f)).toList();
    Map<String, Integer> forceIndex = new LinkedHashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      forceIndex.put(ranked.get(i).forceCode(), i);
    }
    List<String> ids = a.code().requirements().map(Requirement::id).toList();
    Map<String, Integer> requirementIndex = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      requirementIndex.put(ids.get(i), i);
    }
    List<double[]> cells = new ArrayList<>();
    for (RequirementResult r : a.scores().requirements()) {
      Integer x = requirementIndex.get(r.requirementId());
      Integer y = forceIndex.get(r.forceCode());
      if (x != null && y != null) {
        cells.add(new double[] {x, y, r.status().ordinal()});
      }
    }
    cells.sort(Comparator.<double[]>comparingDouble(c -> c[1]).thenComparingDouble(c -> c[0]));
    DefaultXYZDataset statuses = new DefaultXYZDataset();
    statuses.addSeries("Status", StatusCellRenderer.series(cells));
    return new RequirementStatusData(forceLabels, ids, statuses);
  }

  static JFreeChart requirementStatusChart(Assessment a) {
    RequirementStatusData data = requirementStatusData(a);
    SymbolAxis requirements = new SymbolAxis(null, data.requirements().toArray(String[]::new));
    ChartStyle.styleAxis(requirements);
    requirements.setTickLabelFont(ChartStyle.font(Font.PLAIN, 13));
    requirements.setVerticalTickLabels(true);
    requirements.setGridBandsVisible(false);
    requirements.setRange(-0.5, data.requirements().size() - 0.5);
    requirements.setAxisLineVisible(false);
    SymbolAxis forces = new SymbolAxis(null, data.forces().toArray(String[]::new));
    ChartStyle.styleAxis(forces);
    forces.setTickLabelFont(ChartStyle.font(Font.PLAIN, 14));
    forces.setGridBandsVisible(false);
    forces.setInverted(true);
    forces.setRange(-0.5, data.forces().size() - 0.5);
    forces.setAxisLineVisible(false);

    XYPlot plot = new XYPlot(data.statuses(), requirements, forces, new StatusCellRenderer());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainAxisLocation(org.jfree.chart.axis.AxisLocation.TOP_OR_LEFT);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    // A darker line between domains, so the requirements group as the code groups them.
    int end = 0;
    for (Domain domain : a.code().domains()) {
      end += domain.requirements().size();
      if (end < data.requirements().size()) {
        ValueMarker edge = new ValueMarker(end - 0.5, Color.DARK_GRAY, new BasicStroke(2f));
        plot.addDomainMarker(edge, org.jfree.chart.ui.Layer.FOREGROUND);
      }
    }
    LegendItemCollection legend = new LegendItemCollection();
    for (Status status : Status.values()) {
      legend.add(box(Palette.words(status), Palette.fill(status), Color.GRAY));
    }
    plot.setFixedLegendItems(legend);

    JFreeChart chart = ChartStyle.chart("Status of each requirement by force, " + date(a), plot, a, true);
    ChartStyle.subtitle(chart, "Forces in rank order, best first; requirements in the order of the code, grouped by"
        + " domain.");
    return chart;
  }

  // ---------------------------------------------------------------------------------------------
  // Year-on-year change

  /**
   * Each force's overall score last year and this year, largest rise first.
   *
   * @return false, and nothing written, when there is no previous year to compare with
   */
  public static boolean yearOnYear(Assessment a, Path png, Path svg) throws IOException {
    Optional<JFreeChart> chart = yearOnYearChart(a);
    if (chart.isEmpty()) {
      return false;
    }
    ChartStyle.writePng(chart.get(), PORTRAIT, png);
    ChartStyle.writeSvg(chart.get(), PORTRAIT, svg, YEAR_ON_YEAR);
    return true;
  }

  /**
   * The numbers behind {@link #yearOnYear}, or empty when there is no previous year: rows the
   * previous year and this year (e.g. "2025", "2026"), one column a force keyed "short-name
   * (+4)" with the change in percentage points, largest rise first; a force new this year is
   * last, keyed "short-name (new)", with no value for the previous year.
   */
  static Optional<DefaultCategoryDataset> yearOnYearData(Assessment a) {
    if (a.previousYear().isEmpty()) {
      return Optional.empty();
    }
    PreviousYear previous = a.previousYear().get();
    String before = String.valueOf(previous.year());
    String now = String.valueOf(a.year());
    Comparator<ForceScore> order = Comparator
        .comparing((ForceScore f) -> !previous.overall().containsKey(f.forceCode()))
        .thenComparing(f -> -(f.overallScore() - previous.overall().getOrDefault(f.forceCode(), 0.0)))
        .thenComparing(f -> shortName(a, f));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    a.scores().forces().stream().sorted(order).forEach(f -> {
      Double last = previous.overall().get(f.forceCode());
      String label = shortName(a, f) + (last == null ? " (new)" : " (" + ChartStyle.signedPoints(f.overallScore() - last)
          + ")");
      data.addValue(last, before, label);
      data.addValue(f.overallScore(), now, label);
    });
    return Optional.of(data);
  }

  static Optional<JFreeChart> yearOnYearChart(Assessment a) {
    Optional<DefaultCategoryDataset> maybe = yearOnYearData(a);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset data = maybe.get();
    CategoryAxis forces = forceAxis();
    NumberAxis scores = ChartStyle.scoreAxis("Overall score");
    scores.setRange(-0.015, 1.015);

    ChangeRenderer dots = new ChangeRenderer();
    dots.setSeriesPaint(0, Palette.OKABE_ITO_SKY_BLUE);
    dots.setSeriesPaint(1, Palette.OKABE_ITO_BLUE);
    dots.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
    dots.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
    dots.setUseOutlinePaint(true);
    dots.setDefaultOutlinePaint(Color.WHITE);
    dots.setDrawOutlines(true);

    CategoryPlot plot = categoryPlot(data, forces, scores, dots, PlotOrientation.HORIZONTAL);
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(new Color(0xF0, 0xF0, 0xF0));

    String before = (String) data.getRowKey(0);
    JFreeChart chart = ChartStyle.chart("Change in overall score by force, " + before + " to " + a.year() + " (as at "
        + date(a) + ")", plot, a, true);
    ChartStyle.subtitle(chart, "Change in percentage points in brackets, largest rise first. A vermillion line marks"
        + " a fall.");
    return Optional.of(chart);
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle risk

  /** Systems already out of support, and those passing end of support in each quarter of the year after as-of. */
  public static void lifecycleRisk(Assessment a, Path png, Path svg) throws IOException {
    JFreeChart chart = lifecycleRiskChart(a);
    ChartStyle.writePng(chart, LANDSCAPE, png);
    ChartStyle.writeSvg(chart, LANDSCAPE, svg, LIFECYCLE);
  }

  /**
   * The numbers behind {@link #lifecycleRisk}, over all forces: columns {@link #ALREADY_OUT}
   * then the four quarters after the as-of date (e.g. "Apr-Jun 2026"), rows the
   * {@link #NAMED_CATEGORIES} categories with most systems (ties by name), then
   * {@link #OTHER_CATEGORIES}; every cell has a count, zero included.
   */
  static DefaultCategoryDataset lifecycleRiskData(Assessment a) {
    List<LifecycleRisk> risks = a.scores().lifecycleRisks();
    List<String> periods = new ArrayList<>();
    periods.add(ALREADY_OUT);
    for (int q = 1; q <= 4; q++) {
      periods.add(quarterLabel(a.asOf(), q));
    }
    Map<String, Long> byCategory = risks.stream()
        .collect(Collectors.groupingBy(r -> categoryWords(r.category()), TreeMap::new, Collectors.counting()));
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
      String category = categoryWords(risk.category());
      String row = named.contains(category) ? category : OTHER_CATEGORIES;
      String period = risk.passesWithinYear() ? periods.get(quarter(a.asOf(), risk.endOfSupport())) : ALREADY_OUT;
      counts.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(period, 1L, Long::sum);
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String row : rows) {
      for (String period : periods) {
        data.addValue(counts.getOrDefault(row, Map.of()).getOrDefault(period, 0L), row, period);
      }
    }
    return data;
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

  /** "Apr-Jun 2026" when the quarter runs over whole months, else "16 Mar-15 Jun 2026". */
  static String quarterLabel(LocalDate asOf, int q) {
    LocalDate first = asOf.plusMonths(3L * (q - 1)).plusDays(1);
    LocalDate last = asOf.plusMonths(3L * q);
    boolean wholeMonths = first.getDayOfMonth() == 1 && last.getDayOfMonth() == last.lengthOfMonth();
    DateTimeFormatter format = wholeMonths ? MONTH : DAY_MONTH;
    String from = format.format(first) + (first.getYear() != last.getYear() ? " " + first.getYear() : "");
    return from + "\u2013" + format.format(last) + " " + last.getYear();
  }

  static String categoryWords(String category) {
    if (category == null || category.isBlank()) {
      return "Uncategorised";
    }
    String words = category.trim().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static JFreeChart lifecycleRiskChart(Assessment a) {
    DefaultCategoryDataset data = lifecycleRiskData(a);
    CategoryAxis periods = new CategoryAxis(null);
    ChartStyle.styleAxis(periods);
    periods.setMaximumCategoryLabelLines(2);
    NumberAxis systems = new NumberAxis("Number of systems");
    ChartStyle.styleAxis(systems);
    systems.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    systems.setUpperMargin(0.1);

    StackedBarRenderer stacks = new StackedBarRenderer();
    stacks.setBarPainter(new StandardBarPainter());
    stacks.setShadowVisible(false);
    stacks.setMaximumBarWidth(0.14);
    stacks.setDrawBarOutline(true);
    stacks.setDefaultOutlinePaint(Color.WHITE);
    stacks.setDefaultOutlineStroke(new BasicStroke(1f));
    for (int row = 0; row < data.getRowCount(); row++) {
      stacks.setSeriesPaint(row, OTHER_CATEGORIES.equals(data.getRowKey(row)) ? Palette.OTHER
          : Palette.categorical(row));
    }
    CategoryPlot plot = categoryPlot(data, periods, systems, stacks, PlotOrientation.VERTICAL);
    long already = 0;
    long passing = 0;
    for (int column = 0; column < data.getColumnCount(); column++) {
      long total = 0;
      for (int row = 0; row < data.getRowCount(); row++) {
        total += data.getValue(row, column).longValue();
      }
      if (column == 0) {
        already = total;
      } else {
        passing += total;
      }
      CategoryTextAnnotation label = new CategoryTextAnnotation(String.valueOf(total), data.getColumnKey(column),
          total);
      label.setCategoryAnchor(CategoryAnchor.MIDDLE);
      label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
      label.setFont(ChartStyle.font(Font.BOLD, 16));
      label.setPaint(Color.BLACK);
      plot.addAnnotation(label);
    }
    // The total's label sits above the bar; leave room for it.
    systems.setUpperMargin(0.14);

    JFreeChart chart = ChartStyle.chart("Systems reaching end of support, all " + a.scores().forces().size()
        + " forces, year after " + date(a), plot, a, true);
    ChartStyle.subtitle(chart, already + " systems already out of support at " + date(a) + "; " + passing
        + " more pass end of support by " + ChartStyle.LONG_DATE.format(a.asOf().plusYears(1)) + ".");
    return chart;
  }

  // ---------------------------------------------------------------------------------------------
  // Shared parts

  private static CategoryPlot categoryPlot(org.jfree.data.category.CategoryDataset data, CategoryAxis categories,
      NumberAxis values, org.jfree.chart.renderer.category.CategoryItemRenderer renderer,
      PlotOrientation orientation) {
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(orientation);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(ChartStyle.gridStroke());
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    return plot;
  }

  /** A category axis listing forces down the side: short names, small gaps, no truncation. */
  private static CategoryAxis forceAxis() {
    CategoryAxis forces = new CategoryAxis(null);
    ChartStyle.styleAxis(forces);
    forces.setTickLabelFont(ChartStyle.font(Font.PLAIN, 14));
    forces.setCategoryMargin(0.2);
    forces.setLowerMargin(0.005);
    forces.setUpperMargin(0.005);
    forces.setMaximumCategoryLabelWidthRatio(0.3f);
    return forces;
  }

  static LegendItem box(String label, Color fill, Color outline) {
    LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-7, -7, 14, 14), fill,
        new BasicStroke(0.5f), outline);
    return item;
  }

  private static Color withAlpha(Color colour, int alpha) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
  }

  /** A colour a maturity level, lightest for the lowest. */
  private static Map<Integer, Color> levelColours(Assessment a) {
    List<Level> levels = levelsInOrder(a);
    Map<Integer, Color> colours = new LinkedHashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      colours.put(levels.get(i).level(), Palette.sequential(i, levels.size()));
    }
    return colours;
  }

  private static List<Level> levelsInOrder(Assessment a) {
    return a.code().levels().stream().sorted(Comparator.comparingInt(Level::level)).toList();
  }

  /** Forces best first; forces sharing a rank in order of short name. */
  static List<ForceScore> rankOrder(Assessment a) {
    return a.scores().forces().stream()
        .sorted(Comparator.comparingInt(ForceScore::rank).thenComparing(f -> shortName(a, f)))
        .toList();
  }

  /** The registry's short name ("Devon & Cornwall"), which keeps 43 forces legible on an axis. */
  static String shortName(Assessment a, ForceScore force) {
    Force registered = a.forces().stream().filter(f -> f.code().equals(force.forceCode())).findFirst().orElse(null);
    return registered != null && registered.shortName() != null && !registered.shortName().isBlank()
        ? registered.shortName() : force.name();
  }

  private static ForceScore force(Assessment a, String forceCode) {
    return a.scores().forces().stream().filter(f -> f.forceCode().equals(forceCode)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Cannot draw a chart for force " + forceCode
            + ": the " + a.year() + " assessment has no score for it; its forces are "
            + a.scores().forces().stream().map(ForceScore::forceCode).sorted().toList()));
  }

  private static String date(Assessment a) {
    return ChartStyle.LONG_DATE.format(a.asOf());
  }

}
