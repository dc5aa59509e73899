package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
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
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.results.NetworkView;
import uk.inspectorate.interop.results.Results;

/**
 * The interoperability matrix: force by force, each cell the number of the code's capabilities on
 * which the two can exchange data, darker for more. Forces are grouped by region, so regional
 * consortia show as blocks and isolated forces as pale rows.
 */
final class NetworkChart {
  static final String NAME = "interop-matrix";
  static final ChartStyle.Size SIZE = new ChartStyle.Size(ChartParts.WIDTH, 1100);
  private static final Color SELF = new Color(0x55, 0x55, 0x55);

  private NetworkChart() {}

  static JFreeChart chart(Results a) {
    NetworkView network = a.network();
    List<Force> forces = network.matrixOrder();
    int capabilities = network.capabilities().size();
    List<double[]> cells = new ArrayList<>();
    for (int y = 0; y < forces.size(); y++) {
      for (int x = 0; x < forces.size(); x++) {
        double z = x == y ? -1 : network.connected(forces.get(x).code(), forces.get(y).code());
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
      legend.add(ChartParts.box(k + (k == 1 ? " capability" : " capabilities"), Palette.connected(k, capabilities), Color.GRAY));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart("Which forces can exchange data with which, " + ChartParts.date(a), plot, a,
        true);
    ChartStyle.subtitle(chart, "Each cell: on how many of the " + capabilities + " capabilities of the code ("
        + String.join(", ", network.capabilities().stream().map(c -> c.capability().id()).toList())
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
      g2.setPaint(z < 0 ? SELF : Palette.connected(z, capabilities));
      g2.fill(cell);
      g2.setStroke(new BasicStroke(0.5f));
      g2.setPaint(Color.WHITE);
      g2.draw(cell);
    }
  }
}
