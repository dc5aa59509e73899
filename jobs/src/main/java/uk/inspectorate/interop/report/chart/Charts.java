package uk.inspectorate.interop.report.chart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import uk.inspectorate.interop.Parallel;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.Results;

/**
 * The assessment's charts, each drawn once to memory as a PNG for print and an SVG for the web.
 * Every chart says what it shows and when, names its source and marking, and uses colours that
 * read for every kind of colour vision; the SVG of a chart is byte-identical across runs. Each
 * chart's class has a pure {@code data(Results)} giving the numbers it draws, so a test can check
 * them without looking at pixels.
 */
public final class Charts {
  /** The national charts by file name, in the order the pack lists them. */
  public static final String LEVELS = LevelChart.NAME;
  public static final String DOMAINS = DomainChart.NAME;
  public static final String RANKED = RankedChart.NAME;
  public static final String HEAT_MAP = StatusChart.NAME;
  public static final String YEAR_ON_YEAR = ChangeChart.NAME;
  public static final String LIFECYCLE = LifecycleChart.NAME;
  public static final String NETWORK = NetworkChart.NAME;

  /** Threads the pack is drawn on, at most: drawing and PNG compression are CPU-bound and independent. */
  private static final int MAX_THREADS = 4;

  private Charts() {}

  /**
   * Draws every chart of the year: the national charts (the year-on-year chart only when there is
   * a last year, the interoperability matrix only when the code names capabilities), then a radar
   * a force in rank order.
   */
  public static ChartPack render(Results r) throws IOException {
    List<String> names = new ArrayList<>();
    List<Parallel.Work<List<RenderedChart>>> work = new ArrayList<>();
    national(r, LEVELS, () -> LevelChart.chart(r), ChartParts.LANDSCAPE, names, work);
    national(r, DOMAINS, () -> DomainChart.chart(r), ChartParts.LANDSCAPE, names, work);
    national(r, RANKED, () -> RankedChart.chart(r), ChartParts.PORTRAIT, names, work);
    national(r, HEAT_MAP, () -> StatusChart.chart(r), ChartParts.PORTRAIT, names, work);
    if (r.lastYear().isPresent()) {
      national(r, YEAR_ON_YEAR, () -> ChangeChart.chart(r).orElseThrow(), ChartParts.PORTRAIT, names, work);
    }
    national(r, LIFECYCLE, () -> LifecycleChart.chart(r), ChartParts.LANDSCAPE, names, work);
    if (!r.network().network().pairs().isEmpty()) {
      national(r, NETWORK, () -> NetworkChart.chart(r), NetworkChart.SIZE, names, work);
    }
    List<ForceResults> forces = r.forces();
    int threads = Parallel.threads(Integer.MAX_VALUE, MAX_THREADS);
    for (int lane = 0; lane < threads; lane++) {
      int first = lane;
      work.add(() -> {
        // One chart for a lane's radars: only its data and titles change from force to force.
        RadarChart radar = new RadarChart(r);
        List<RenderedChart> drawn = new ArrayList<>();
        for (int i = first; i < forces.size(); i += threads) {
          drawn.add(draw(radar.of(forces.get(i)), RadarChart.SIZE, RadarChart.name(forces.get(i))));
        }
        return drawn;
      });
    }
    List<List<RenderedChart>> done = Parallel.run("the charts", work, threads);
    List<RenderedChart> national = done.subList(0, names.size()).stream().map(l -> l.get(0)).toList();
    Map<String, RenderedChart> byName = new LinkedHashMap<>();
    done.subList(names.size(), done.size()).forEach(lane -> lane.forEach(c -> byName.put(c.name(), c)));
    Map<String, RenderedChart> radars = new LinkedHashMap<>();
    forces.forEach(f -> radars.put(f.code(), byName.get(RadarChart.name(f))));
    return new ChartPack(national, radars);
  }

  /** A force's radar alone, e.g. for a factsheet written on its own. */
  public static RenderedChart radar(Results r, String forceCode) throws IOException {
    ForceResults force = r.force(forceCode);
    return draw(new RadarChart(r).of(force), RadarChart.SIZE, RadarChart.name(force));
  }

  private interface Drawing {
    JFreeChart chart();
  }

  private static void national(Results r, String name, Drawing drawing, ChartStyle.Size size, List<String> names,
      List<Parallel.Work<List<RenderedChart>>> work) {
    names.add(name);
    work.add(() -> List.of(draw(drawing.chart(), size, name)));
  }

  private static RenderedChart draw(JFreeChart chart, ChartStyle.Size size, String name) throws IOException {
    return new RenderedChart(name, ChartStyle.png(chart, size), ChartStyle.svg(chart, size, name));
  }
}
