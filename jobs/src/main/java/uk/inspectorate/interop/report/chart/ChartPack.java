package uk.inspectorate.interop.report.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every chart of a year, drawn once: the national charts in the order the pack lists them, then a
 * radar a force. Outputs take what they embed from here; {@link #write} puts them in charts/.
 */
public final class ChartPack {
  private final List<RenderedChart> national;
  private final Map<String, RenderedChart> radars;

  ChartPack(List<RenderedChart> national, Map<String, RenderedChart> radarsByForce) {
    this.national = List.copyOf(national);
    this.radars = new LinkedHashMap<>(radarsByForce);
  }

  /** The national charts, in the pack's order. */
  public List<RenderedChart> national() {
    return national;
  }

  /** A force's radar; empty when the pack has none for it. */
  public Optional<RenderedChart> radar(String forceCode) {
    return Optional.ofNullable(radars.get(forceCode));
  }

  /** The file names of the national charts without extension, in the pack's order. */
  public List<String> nationalNames() {
    return national.stream().map(RenderedChart::name).toList();
  }

  /** Every chart, national first, then the radars in rank order. */
  public List<RenderedChart> all() {
    List<RenderedChart> all = new ArrayList<>(national);
    all.addAll(radars.values());
    return all;
  }

  /** Writes every chart into {@code dir} as {@code <name>.png} and {@code <name>.svg}; returns the files, PNG then SVG a chart. */
  public List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (RenderedChart chart : all()) {
      Path png = dir.resolve(chart.name() + ".png");
      Path svg = dir.resolve(chart.name() + ".svg");
      Files.write(png, chart.png());
      Files.write(svg, chart.svg());
      files.add(png);
      files.add(svg);
    }
    return files;
  }
}
