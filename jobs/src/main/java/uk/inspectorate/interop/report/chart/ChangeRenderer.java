package uk.inspectorate.interop.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * A dot for each year's score and a line joining a force's two dots (a "dumbbell"), so the
 * length of the line is the change and a fall shows in vermillion. Series 0 is last year, series 1
 * this year.
 */
final class ChangeRenderer extends LineAndShapeRenderer {
  private static final Color CONNECTOR = new Color(0x99, 0x99, 0x99);

  ChangeRenderer() {
    super(false, true);
  }

  @Override
  public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
      CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
    if (pass == 0 && row == 1) {
      Number before = dataset.getValue(0, column);
      Number now = dataset.getValue(1, column);
      if (before != null && now != null) {
        double middle = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea,
            plot.getDomainAxisEdge());
        double v0 = rangeAxis.valueToJava2D(before.doubleValue(), dataArea, plot.getRangeAxisEdge());
        double v1 = rangeAxis.valueToJava2D(now.doubleValue(), dataArea, plot.getRangeAxisEdge());
        g2.setPaint(now.doubleValue() < before.doubleValue() ? Palette.OKABE_ITO_VERMILLION : CONNECTOR);
        g2.setStroke(new BasicStroke(2.5f));
        g2.draw(plot.getOrientation() == PlotOrientation.HORIZONTAL
            ? new Line2D.Double(v0, middle, v1, middle)
            : new Line2D.Double(middle, v0, middle, v1));
      }
    }
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
  }
}
