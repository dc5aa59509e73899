package uk.inspectorate.interop.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import uk.inspectorate.interop.analysis.InteropPair;
import uk.inspectorate.interop.ingest.Force;

/**
 * The interoperability matrix: force by force, each cell the number of the code's capabilities on
 * which the two can exchange data, darker for more. Forces are grouped by region, so regional
 * consortia show as blocks and isolated forces as pale rows.
 */
final class NetworkChart {
  static final String KIND = "interop-matrix";
  static final ChartStyle.Size SIZE = new ChartStyle.Size(Charts.WIDTH, 1100);
  private static final Color SELF = new Color(0x55, 0x55, 0x55);

  private NetworkChart() {}

  /** Forces by region, then name: the order of both axes. */
  static List<Force> order(Assessment a) {
    return a.forces().stream().sorted(Comparator.comparing(Force::region).thenComparing(Force::name)).toList();
  }

  /** Capabilities connected for each pair of forces, keyed "a|b" with a before b. */
  static Map<String, Integer> connected(Assessment a) {
    Map<String, Integer> counts = new HashMap<>();
    for (InteropPair p : a.network().pairs()) {
      if (p.canExchange()) {
        counts.merge(p.forceA() + "|" + p.forceB(), 1, Integer::sum);
      }
    }
    return counts;
  }

  static JFreeChart chart(Assessment a) {
    List<Force> forces = order(a);
    int capabilities = a.network().capabilities().size();
    Map<String, Integer> counts = connected(a);
    List<double[]> cells = new ArrayList<>();
    for (int y = 0; y < forces.size(); y++) {
      for (int x = 0; x < forces.size(); x++) {
        String fa = forces.get(x).code();
        String fb = forces.get(y).code();
        double z = x == y ? -1 : counts.getOrDefault(fa.compareTo(fb) < 0 ? fa + "|" + fb : fb + "|" + fa, 0);
        cells.add(new double[] {x, y, z});
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("Capabilities", StatusCellRenderer.series(cells));
    String[] names = forces.stream().map(f -> f.shortName() == null || f.shortName().isBlank() ? f.name() : f.shortName())
        .toArray(String[]::new);
    SymbolAxis across = axis(names, forces.size());
    across.setVerticalTickLabels(true);
    SymbolAxis down = axis(names, forces.size());
    down.setInverted(true);
    XYPlot plot = new XYPlot(data, across, down, new CellRenderer(capabilities));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainAxisLocation(org.jfree.chart.axis.AxisLocation.TOP_OR_LEFT);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    LegendItemCollection legend = new LegendItemCollection();
    for (int k = 0; k <= capabilities; k++) {
      legend.add(Charts.box(k + (k == 1 ? " capability" : " capabilities"), fill(k, capabilities), Color.GRAY));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart("Which forces can exchange data with which, "
        + ChartStyle.LONG_DATE.format(a.asOf()), plot, a, true);
    ChartStyle.subtitle(chart, "Each cell: on how many of the " + capabilities + " capabilities of the code ("
        + String.join(", ", a.network().capabilities().stream().map(c -> c.id()).toList())
        + ") the two forces share an exchange standard, a platform or a declared link. Forces grouped by region.");
    return chart;
  }

  private static SymbolAxis axis(String[] names, int n) {
    SymbolAxis axis = new SymbolAxis(null, names);
    ChartStyle.styleAxis(axis);
    axis.setTickLabelFont(ChartStyle.font(Font.PLAIN, 11));
    axis.setGridBandsVisible(false);
    axis.setRange(-0.5, n - 0.5);
    axis.setAxisLineVisible(false);
    return axis;
  }

  /** White for none, then darker steps of the sequential scale up to every capability. */
  static Color fill(int connected, int capabilities) {
    return connected <= 0 ? new Color(0xF4, 0xF4, 0xF4) : Palette.sequential(connected - 1, capabilities);
  }

  private static final class CellRenderer extends XYBlockRenderer {
    private final int capabilities;

    CellRenderer(int capabilities) {
      this.capabilities = capabilities;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
        XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
        CrosshairState crosshairState, int pass) {
      double x = dataset.getXValue(series, item);
      double y = dataset.getYValue(series, item);
      int z = (int) ((XYZDataset) dataset).getZValue(series, item);
      Rectangle2D cell = StatusCellRenderer.cell(x, y, dataArea, plot, domainAxis, rangeAxis);
      g2.setPaint(z < 0 ? SELF : fill(z, capabilities));
      g2.fill(cell);
      g2.setStroke(new BasicStroke(0.5f));
      g2.setPaint(Color.WHITE);
      g2.draw(cell);
    }
  }
}
