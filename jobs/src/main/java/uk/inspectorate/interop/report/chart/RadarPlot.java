package uk.inspectorate.interop.report.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * A spider web plot with a scale and a plain legend. JFreeChart's own plot has spokes but no
 * rings, so a reader cannot tell a score from the picture; this one draws rings at 25%, 50%, 75%
 * and 100% under the webs and labels them on top. Only the first series (the force) is filled,
 * so the medians stay outlines; the legend shows each series' line as drawn.
 */
final class RadarPlot extends SpiderWebPlot {
  private static final double[] RINGS = {0.25, 0.5, 0.75, 1.0};
  private static final float FILL_ALPHA = 0.15f;

  /** Where the last draw put the web, for the ring labels drawn over it. */
  private transient Rectangle2D radarArea;

  RadarPlot(CategoryDataset dataset) {
    super(dataset);
    setWebFilled(false);
  }

  @Override
  public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
    radarArea = null;
    super.draw(g2, area, anchor, parentState, info);
    if (radarArea != null) {
      drawRingLabels(g2, radarArea);
    }
  }

  @Override
  protected void drawLabel(Graphics2D g2, Rectangle2D plotArea, double value, int cat, double startAngle,
      double extent) {
    if (cat == 0) {
      radarArea = plotArea;
      drawRings(g2, plotArea);
    }
    super.drawLabel(g2, plotArea, value, cat, startAngle, extent);
  }

  @Override
  protected void drawRadarPoly(Graphics2D g2, Rectangle2D plotArea, Point2D centre, PlotRenderingInfo info,
      int series, int catCount, double headH, double headW) {
    if (series == 0) {
      Path2D web = new Path2D.Double();
      boolean first = true;
      for (int cat = 0; cat < catCount; cat++) {
        Number value = getPlotValue(series, cat);
        if (value != null && value.doubleValue() >= 0) {
          Point2D p = getWebPoint(plotArea, angle(cat, catCount), value.doubleValue() / getMaxValue());
          if (first) {
            web.moveTo(p.getX(), p.getY());
            first = false;
          } else {
            web.lineTo(p.getX(), p.getY());
          }
        }
      }
      if (!first) {
        web.closePath();
        Composite saved = g2.getComposite();
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, FILL_ALPHA));
        g2.setPaint(getSeriesPaint(series));
        g2.fill(web);
        g2.setComposite(saved);
      }
    }
    super.drawRadarPoly(g2, plotArea, centre, info, series, catCount, headH, headW);
  }

  @Override
  public LegendItemCollection getLegendItems() {
    LegendItemCollection items = new LegendItemCollection();
    if (getDataset() == null) {
      return items;
    }
    for (int series = 0; series < getDataset().getRowCount(); series++) {
      String label = getDataset().getRowKey(series).toString();
      Paint paint = getSeriesPaint(series);
      LegendItem item = new LegendItem(label, null, null, null, false, new Rectangle2D.Double(), false, paint, false,
          paint, new BasicStroke(0f), true, new Line2D.Double(-14, 0, 14, 0), getSeriesOutlineStroke(series),
          paint);
      items.add(item);
    }
    return items;
  }

  private void drawRings(Graphics2D g2, Rectangle2D area) {
    int spokes = getDataset().getColumnCount();
    g2.setPaint(Palette.GRID);
    g2.setStroke(new BasicStroke(1f));
    for (double ring : RINGS) {
      Path2D web = new Path2D.Double();
      for (int spoke = 0; spoke < spokes; spoke++) {
        Point2D p = getWebPoint(area, angle(spoke, spokes), ring);
        if (spoke == 0) {
          web.moveTo(p.getX(), p.getY());
        } else {
          web.lineTo(p.getX(), p.getY());
        }
      }
      web.closePath();
      g2.draw(web);
    }
  }

  /** The ring labels, on a white patch so the webs under them do not hide them. */
  private void drawRingLabels(Graphics2D g2, Rectangle2D area) {
    int spokes = getDataset().getColumnCount();
    Font font = ChartStyle.font(Font.PLAIN, 12);
    g2.setFont(font);
    for (double ring : RINGS) {
      Point2D p = getWebPoint(area, angle(0, spokes), ring);
      String text = Math.round(ring * getMaxValue() * 100) + "%";
      Rectangle2D bounds = font.getStringBounds(text, g2.getFontRenderContext());
      float x = (float) p.getX() + 5;
      float y = (float) (p.getY() + bounds.getHeight() / 2 - 3);
      g2.setPaint(new Color(255, 255, 255, 210));
      g2.fill(new Rectangle2D.Double(x - 2, y + bounds.getY() - 1, bounds.getWidth() + 4, bounds.getHeight() + 2));
      g2.setPaint(ChartStyle.TEXT);
      g2.drawString(text, x, y);
    }
  }

  private double angle(int spoke, int spokes) {
    return getStartAngle() + getDirection().getFactor() * spoke * 360.0 / spokes;
  }
}
