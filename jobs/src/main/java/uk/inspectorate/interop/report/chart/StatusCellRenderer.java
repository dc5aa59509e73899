package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import uk.inspectorate.interop.score.Status;

/**
 * Draws each cell of the requirement heat map in its status colour, with a thin white gap
 * between cells so rows and columns can be followed by eye. The z value is the status's ordinal.
 */
final class StatusCellRenderer extends XYBlockRenderer {
  private static final Status[] STATUSES = Status.values();
  private static final Color BORDER = Color.WHITE;
  private static final Color WHITE_CELL_EDGE = new Color(0xBB, 0xBB, 0xBB);

  /** The block of a cell centred on (x, y), one unit each way, in screen space. */
  static Rectangle2D cell(double x, double y, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis,
      ValueAxis rangeAxis) {
    double x0 = domainAxis.valueToJava2D(x - 0.5, dataArea, plot.getDomainAxisEdge());
    double x1 = domainAxis.valueToJava2D(x + 0.5, dataArea, plot.getDomainAxisEdge());
    double y0 = rangeAxis.valueToJava2D(y - 0.5, dataArea, plot.getRangeAxisEdge());
    double y1 = rangeAxis.valueToJava2D(y + 0.5, dataArea, plot.getRangeAxisEdge());
    return new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
  }

  /** Cells {x, y, z} as the three rows an XYZ dataset takes. */
  static double[][] series(List<double[]> cells) {
    double[][] series = new double[3][cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      for (int k = 0; k < 3; k++) {
        series[k][i] = cells.get(i)[k];
      }
    }
    return series;
  }

  @Override
  public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
      XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
      CrosshairState crosshairState, int pass) {
    double x = dataset.getXValue(series, item);
    double y = dataset.getYValue(series, item);
    Status status = STATUSES[(int) ((XYZDataset) dataset).getZValue(series, item)];
Rectangle2D cell = cell(x, y, dataArea, plot, domainAxis, rangeAxis);
    Color fill = Palette.fill(status);
    g2.setPaint(fill);
    g2.fill(cell);
    g2.setStroke(new BasicStroke(1f));
    if (fill.equals(Color.WHITE)) {
      // A white cell is outlined inside the gap so that it still reads as a cell.
      g2.setPaint(WHITE_CELL_EDGE);
      g2.draw(new Rectangle2D.Double(cell.getX() + 1.5, cell.getY() + 1.5, cell.getWidth() - 3,
          cell.getHeight() - 3));
    }
    g2.setPaint(BORDER);
    g2.draw(cell);
  }
}
