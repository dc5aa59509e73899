package uk.inspectorate.interop.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import uk.inspectorate.interop.code.Level;
import uk.inspectorate.interop.score.ForceScore;

/**
 * The assessment's charts, each written as a PNG for print and an SVG for the web. Every chart
 * says what it shows and when, names its source and marking, and uses colours that read for every
 * kind of colour vision. The SVG of a chart is byte-identical across runs.
 */
public final class Charts {
  /** Layout size in points; the PNG is drawn at {@link #PNG_SCALE} times this for print. */
  static final int WIDTH = 960;
  static final int HEIGHT = 540;
  static final double PNG_SCALE = 2.5;

  /** The single series of the level distribution. */
  static final String FORCES = "Forces";

  private static final String FONT = Font.SANS_SERIF;
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  static {
    // JFreeChart's default draws rotated text (the value-axis label) as glyph outlines, which
    // leaves the SVG without that text for screen readers and search; the JDK bug it worked
    // around is long fixed.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private Charts() {}

  /** A bar a maturity level of the code, lowest first, showing how many forces reached it. */
  public static void levelDistribution(Assessment a, Path png, Path svg) throws IOException {
    DefaultCategoryDataset data = levelDistributionData(a);
    String title = "Maturity levels of the " + a.scores().forces().size() + " forces, " + a.year()
        + " (as at " + LONG_DATE.format(a.asOf()) + ")";
    JFreeChart chart = barChart(title, "Maturity level", "Number of forces", data, a);
    writePng(chart, png);
    writeSvg(chart, svg, "levels");
  }

  /**
   * The numbers behind {@link #levelDistribution}: one column a level of the code, keyed
   * "1 Initial", in level order, including levels no force reached.
   *
   * @throws IllegalArgumentException when a force has a level the code does not define
   */
  static DefaultCategoryDataset levelDistributionData(Assessment a) {
    Map<Integer, String> labels = new LinkedHashMap<>();
    a.code().levels().stream()
        .sorted((x, y) -> Integer.compare(x.level(), y.level()))
        .forEach(level -> labels.put(level.level(), levelLabel(level)));
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

  private static JFreeChart barChart(String title, String categoryLabel, String valueLabel,
      DefaultCategoryDataset data, Assessment a) {
    CategoryAxis categories = new CategoryAxis(categoryLabel);
    categories.setLabelFont(font(Font.PLAIN, 16));
    categories.setTickLabelFont(font(Font.PLAIN, 15));
    categories.setMaximumCategoryLabelLines(2);
    NumberAxis values = new NumberAxis(valueLabel);
    values.setLabelFont(font(Font.PLAIN, 16));
    values.setTickLabelFont(font(Font.PLAIN, 15));
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    values.setUpperMargin(0.12);

    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, Palette.OKABE_ITO_BLUE);
    bars.setMaximumBarWidth(0.12);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    bars.setDefaultItemLabelFont(font(Font.BOLD, 15));
    bars.setDefaultItemLabelsVisible(true);

    CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);

    JFreeChart chart = new JFreeChart(title, font(Font.BOLD, 20), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(12, 16, 12, 16));
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.getTitle().setPadding(new RectangleInsets(0, 0, 12, 0));
    chart.addSubtitle(sourceLine(a));
    return chart;
  }

  private static TextTitle sourceLine(Assessment a) {
    TextTitle source = new TextTitle("Source: " + a.code().label() + " assessment; " + a.markingLine(),
        font(Font.PLAIN, 13));
    source.setPosition(RectangleEdge.BOTTOM);
    source.setHorizontalAlignment(HorizontalAlignment.LEFT);
    source.setPaint(Color.DARK_GRAY);
    source.setPadding(new RectangleInsets(10, 0, 0, 0));
    return source;
  }

  private static Font font(int style, int size) {
    return new Font(FONT, style, size);
  }

  private static void writePng(JFreeChart chart, Path file) throws IOException {
    BufferedImage image = new BufferedImage((int) (WIDTH * PNG_SCALE), (int) (HEIGHT * PNG_SCALE),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.scale(PNG_SCALE, PNG_SCALE);
      chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    } finally {
      g2.dispose();
    }
    createFolder(file);
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("Cannot write chart " + file + ": no PNG writer is available");
    }
  }

  /**
   * @param defsPrefix fixed per chart, because JFreeSVG otherwise derives the ids of clip paths
   *     and gradients from the clock, and reruns would differ
   */
  private static void writeSvg(JFreeChart chart, Path file, String defsPrefix) throws IOException {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setDefsKeyPrefix(defsPrefix);
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    createFolder(file);
    SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
  }

  private static void createFolder(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
  }
}
