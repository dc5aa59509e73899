package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;

/**
 * The look every chart shares (fonts, title, source line, legend, score axis) and the writing of
 * a chart to PNG and SVG. Sizes are layout points; a chart laid out 960 points wide is printed
 * at about half size across an A4 text column, so no text is smaller than 13 points here.
 */
final class ChartStyle {
  /**
   * The PNG is drawn at this many pixels a layout point: 1,920 pixels across, about 300 dpi on a
   * 16 cm A4 text column.
   */
  static final double PNG_SCALE = 2.0;

  static final String FONT = Font.SANS_SERIF;
  static final Color TEXT = new Color(0x33, 0x33, 0x33);

  static {
    // JFreeChart's default draws rotated text (the value-axis label) as glyph outlines, which
    // leaves the SVG without that text for screen readers and search; the JDK bug it worked
    // around is long fixed.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private ChartStyle() {}

  /** A chart's layout size in points. */
  record Size(int width, int height) {
    int pngWidth() {
      return (int) Math.round(width * PNG_SCALE);
    }

    int pngHeight() {
      return (int) Math.round(height * PNG_SCALE);
    }
  }

  static Font font(int style, int size) {
    return new Font(FONT, style, size);
  }

  /** The chart around a plot: title top left, legend (when wanted) on top, source line below. */
  static JFreeChart chart(String title, Plot plot, Results a, boolean legend) {
    JFreeChart chart = new JFreeChart(title, font(Font.BOLD, 20), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(12, 16, 12, 16));
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.getTitle().setTextAlignment(HorizontalAlignment.LEFT);
    chart.getTitle().setPaint(Color.BLACK);
    chart.getTitle().setPadding(new RectangleInsets(0, 0, 8, 0));
    chart.getTitle().setMaximumLinesToDisplay(2);
    if (legend) {
      chart.addSubtitle(legend(plot));
    }
    chart.addSubtitle(sourceLine(a));
    return chart;
  }

  /** A second line under the title, e.g. what the marks mean. */
  static void subtitle(JFreeChart chart, String text) {
    TextTitle subtitle = new TextTitle(text, font(Font.PLAIN, 15));
    subtitle.setPosition(RectangleEdge.TOP);
    subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
    subtitle.setTextAlignment(HorizontalAlignment.LEFT);
    subtitle.setPaint(TEXT);
    subtitle.setPadding(new RectangleInsets(0, 0, 8, 0));
    chart.addSubtitle(0, subtitle);
  }

  static LegendTitle legend(LegendItemSource source) {
    LegendTitle legend = new LegendTitle(source);
    legend.setPosition(RectangleEdge.TOP);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    legend.setItemFont(font(Font.PLAIN, 15));
    legend.setItemPaint(TEXT);
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(null);
    legend.setPadding(new RectangleInsets(0, 0, 6, 0));
    legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    return legend;
  }

  /** "Source: Interop Maturity assessment 2026, police-ict-network-code 1.0-draft; OFFICIAL". */
  static String sourceText(Results a) {
    return "Source: Interop Maturity assessment " + a.year() + ", " + a.code().label() + "; " + a.markingLine();
  }

  private static TextTitle sourceLine(Results a) {
    TextTitle source = new TextTitle(sourceText(a), font(Font.PLAIN, 13));
    source.setPosition(RectangleEdge.BOTTOM);
    source.setHorizontalAlignment(HorizontalAlignment.LEFT);
    source.setPaint(Color.DARK_GRAY);
    source.setPadding(new RectangleInsets(10, 0, 0, 0));
    return source;
  }

  /** A 0% to 100% axis for scores held in [0, 1]. */
  static NumberAxis scoreAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(0, 1);
    NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
    axis.setTickUnit(new NumberTickUnit(0.1, percent));
    styleAxis(axis);
    return axis;
  }

  static void styleAxis(org.jfree.chart.axis.Axis axis) {
    axis.setLabelFont(font(Font.PLAIN, 16));
    axis.setLabelPaint(TEXT);
    axis.setTickLabelFont(font(Font.PLAIN, 15));
    axis.setTickLabelPaint(TEXT);
    axis.setAxisLinePaint(Color.GRAY);
    axis.setTickMarkPaint(Color.GRAY);
  }

  static BasicStroke gridStroke() {
    return new BasicStroke(1f);
  }

  /** The chart drawn as a PNG. */
  static byte[] png(JFreeChart chart, Size size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
    writePng(chart, size, bytes);
    return bytes.toByteArray();
  }

  private static void writePng(JFreeChart chart, Size size, OutputStream out) throws IOException {
    BufferedImage image = new BufferedImage(size.pngWidth(), size.pngHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.scale(PNG_SCALE, PNG_SCALE);
      chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
    } finally {
      g2.dispose();
    }
    // Layout points are 1/72 inch, so the PNG's resolution is the scale times 72.
    PngWriter.write(image, 72 * PNG_SCALE, out);
  }

  /**
   * The chart drawn as an SVG document, as JFreeSVG writes it to a file.
   *
   * @param defsPrefix fixed per chart, because JFreeSVG otherwise derives the ids of clip paths
   *     and gradients from the clock, and reruns would differ
   */
  static byte[] svg(JFreeChart chart, Size size, String defsPrefix) {
    SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
    g2.setDefsKeyPrefix(defsPrefix);
    chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
    String document = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
        + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n" + g2.getSVGElement() + "\n";
    return document.getBytes(StandardCharsets.UTF_8);
  }
}
