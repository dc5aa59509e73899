package uk.inspectorate.interop.report.dashboard;

import java.util.List;

/**
 * What the dashboard's templates render: plain records of text already formatted for readers, so
 * that the templates only lay out and escape. Every field here is publishable: scores, levels,
 * reasons and the code's own words; never comments, respondents or internal notes.
 */
public final class Pages {
  private Pages() {}

  /**
   * What every page shares.
   *
   * @param root the way back to the dashboard's folder from the page: "" or "../"
   * @param current which navigation entry the page belongs to: index, methodology or data
   * @param marking the protective marking, e.g. "OFFICIAL"
   */
  public record Frame(String title, String root, String current, int year, String asOf, String marking,
      boolean provisional, String codeLabel) {

    /** "OFFICIAL - PROVISIONAL" or "OFFICIAL". */
    public String markingLine() {
      return provisional ? marking + " \u2013 PROVISIONAL" : marking;
    }
  }

  /** A chart drawn as inline SVG: geometry in whole user units, text escaped like any other. */
  public record Chart(String id, int width, int height, String title, String description, List<Rect> rects,
      List<Line> lines, List<Label> labels, List<LegendItem> legend) {
    public Chart {
      rects = List.copyOf(rects);
      lines = List.copyOf(lines);
      labels = List.copyOf(labels);
      legend = List.copyOf(legend);
    }

    public String viewBox() {
      return "0 0 " + width + " " + height;
    }
  }

  public record Rect(int x, int y, int width, int height, String cssClass) {}

  public record Line(int x1, int y1, int x2, int y2, String cssClass) {}

  /** @param anchor SVG text-anchor: start, middle or end */
  public record Label(int x, int y, String text, String anchor, String cssClass) {}

  public record LegendItem(String text, String cssClass) {}

  /**
   * A requirement status in words and a symbol, so it never rests on colour alone.
   *
   * @param order where it sorts, best first
   */
  public record Status(String key, String text, String symbol, int order) {}

  /** A force's row in the national table. */
  public record ForceRow(int rank, String name, String href, String region, String peerGroup, int level,
      String levelName, String score, String scoreSort, String change, String changeSort, String nextYear) {}

  public record LevelRow(int level, String name, String threshold, long forces, String lastYear) {}

  public record DomainRow(String id, String title, String median, String middleHalf, String range, String lastYear,
      String weakest) {}

  public record IndexPage(Frame frame, List<String> headlines, Chart levelChart, List<LevelRow> levels,
      Chart domainChart, List<DomainRow> domains, List<ForceRow> forces, Integer previousYear, int forceCount,
      String levelReached, Chart networkChart, List<CapabilityRow> capabilities) {}

  /** A capability of the interoperability network, nationally. */
  public record CapabilityRow(String title, String connectivity, String connectedPairs, long isolatedForces,
      int largestCluster) {}

  /** A force's reach on one capability. */
  public record ReachRow(String title, int systems, String reachable, String reach) {}

  public record ForceDomainRow(String title, String score, String peerMedian, String nationalMedian, String gap,
      String lastYear, String change) {}

  /** @param order the requirement's place in the code, for sorting back to it */
  public record RequirementRow(String id, String order, String title, String domain, Status status, String score, String reason,
      String crossCheck, String nextYear, String sinceLastYear) {}

  public record StatusCount(Status status, long count) {}

  public record TrendRow(String when, String score, String level) {}

  public record RiskRow(String assetId, String category, String product, String endOfSupport, String support,
      String requirements) {}

  public record ForcePage(Frame frame, String name, String code, String region, String peerGroup, int level,
      String levelName, String score, int rank, int forceCount, int quartile, String peerMedian, String gapToPeers,
      String change, String outlook, Chart domainChart, List<ForceDomainRow> domains, List<StatusCount> statusCounts,
      List<RequirementRow> requirements, List<TrendRow> trends, List<RiskRow> risks, List<ReachRow> reach, String radarPng,
      String radarSvg) {}

  public record LevelRule(int level, String name, String minScore, String minDomainScore) {}

  public record MethodRequirement(String id, String title, String weight, String source, String method,
      String parameters, String missing, String crossCheck, String rows, String measure, String unit,
      String replaces) {}

  public record MethodDomain(String id, String title, String weight, List<MethodRequirement> requirements) {}

  public record MethodologyPage(Frame frame, String codeTitle, String aggregation, List<LevelRule> levels,
      List<MethodDomain> domains, List<Status> statuses) {}

  public record ColumnRow(String column, String type, String meaning) {}

  public record DataTable(String name, String description, int rows, String csvHref, String parquetHref,
      List<ColumnRow> columns) {}

  public record ChartFile(String title, String pngHref, String svgHref) {}

  public record DataPage(Frame frame, List<DataTable> tables, String dictionaryHref, List<ChartFile> charts) {}
}
