package uk.inspectorate.interop.report.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.inspectorate.interop.results.DomainOutcome;
import uk.inspectorate.interop.results.ForceChange;
import uk.inspectorate.interop.results.ForceResults;
import uk.inspectorate.interop.results.Results;
import uk.inspectorate.interop.results.Wording;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.Status;

/** A page a force: its level and scores, its domains against its peers and the nation, every requirement, its trend, risks and reach. */
final class ForcePages {
  /** Makes the frame every page shares: title, way back to the dashboard's folder, navigation entry. */
  interface Frames {
    Pages.Frame frame(String title, String root, String current);
  }

  private final Results r;
  private final Frames frames;

  ForcePages(Results r, Frames frames) {
    this.r = r;
    this.frames = frames;
  }

  Pages.ForcePage page(ForceResults f) {
    ForceScore s = f.score();
    String title = f.name() + ": ICT interoperability maturity, " + r.year();
    String charts = "../../charts/radar-" + s.slug();
    return new Pages.ForcePage(frames.frame(title, "../", "force"), f.name(), f.code(), s.region(), s.peerGroup(),
        s.maturityLevel(), s.levelName(), Wording.score(s.overallScore()), s.rank(), f.forcesAssessed(), s.quartile(),
        Wording.score(s.peerMedian()), Wording.against(s.gapToPeerMedian()), f.sentences().change(),
        f.sentences().outlook(), domainChart(f), domainRows(f), statusCounts(f), requirementRows(f), trends(f),
        risks(f), reach(f), charts + ".png", charts + ".svg");
  }

  private List<Pages.ForceDomainRow> domainRows(ForceResults f) {
    List<Pages.ForceDomainRow> rows = new ArrayList<>();
    for (DomainOutcome d : f.domains()) {
      Double value = d.value();
      Double peers = d.peerMedian();
      Double nation = d.nationalMedian();
      Double before = d.change().previous();
      rows.add(new Pages.ForceDomainRow(d.domain().title(), value == null ? "No score" : Wording.score(value),
          peers == null ? "" : Wording.score(peers), nation == null ? "" : Wording.score(nation),
          value == null || peers == null ? "" : Wording.gap(value - peers),
          before == null ? "" : Wording.score(before),
          d.change().difference() == null ? "" : Wording.pointsToTenth(d.change().difference())));
    }
    return rows;
  }

  private Pages.Chart domainChart(ForceResults f) {
    Bars bars = new Bars("chart-domains", "Domain scores of " + f.name() + " against its peers and the nation, "
        + r.year(), "", true, 1);
    bars.series(f.shortName(), "s1");
    bars.series("Peer-group median", "s2");
    bars.series("National median", "s3");
    List<String> described = new ArrayList<>();
    for (DomainOutcome d : f.domains()) {
      Double value = d.value();
      Double peers = d.peerMedian();
      Double nation = d.nationalMedian();
      bars.category(d.domain().title(), Arrays.asList(value, peers, nation));
      described.add(d.domain().title() + ": " + (value == null ? "no score" : Wording.score(value))
          + (peers == null ? "" : ", peers " + Wording.score(peers))
          + (nation == null ? "" : ", nation " + Wording.score(nation)));
    }
    bars.description("Scores of " + f.name() + " in each domain beside the median of its peer group ("
        + f.score().peerGroup() + ") and of all forces. " + String.join("; ", described) + ".");
    return bars.chart();
  }

  private static List<Pages.StatusCount> statusCounts(ForceResults f) {
    List<Pages.StatusCount> counts = new ArrayList<>();
    for (Status s : Status.values()) {
      long n = f.count(s);
      if (n > 0 || s != Status.NOT_APPLICABLE) {
        counts.add(new Pages.StatusCount(Dashboard.status(s), n));
      }
    }
    return counts;
  }

  /** Every requirement in the order of the code, with its place in the code for sorting back to it. */
  private List<Pages.RequirementRow> requirementRows(ForceResults f) {
    List<String> order = r.code().requirements().map(q -> q.id()).toList();
    return f.requirements().stream().map(o -> new Pages.RequirementRow(o.id(),
        String.format(Locale.ROOT, "%04d", order.indexOf(o.id()) + 1), o.requirement().title(),
        o.domain().title(), Dashboard.status(o.status()), o.score() == null ? "Left out" : Wording.score(o.score()),
        o.result().reason(), Wording.crossCheck(o.result().crossCheck()), o.yearOnText(), o.sinceLastYearText()))
        .toList();
  }

  private List<Pages.TrendRow> trends(ForceResults f) {
    ForceScore s = f.score();
    List<Pages.TrendRow> trends = new ArrayList<>();
    ForceChange change = f.change();
    if (change != null && change.assessed()) {
      trends.add(new Pages.TrendRow(String.valueOf(change.year()), Wording.score(change.previousScore()),
          change.previousLevel() + " " + change.last().levelName()));
    }
    trends.add(new Pages.TrendRow(r.year() + " (as at " + Wording.longDate(r.asOf()) + ")",
        Wording.score(s.overallScore()), s.maturityLevel() + " " + s.levelName()));
    trends.add(new Pages.TrendRow("A year on, if nothing changes (" + Wording.longDate(r.asOf().plusYears(1)) + ")",
        Wording.score(s.nextYearScore()), s.nextYearLevel() + " " + s.nextYearLevelName()));
    return trends;
  }

  private static List<Pages.RiskRow> risks(ForceResults f) {
    return f.risks().stream().map(risk -> new Pages.RiskRow(risk.assetId(), risk.category(), product(risk),
        Wording.longDate(risk.endOfSupport()),
        risk.passesWithinYear() ? "Passes end of support within the year" : "Out of support at the as-of date",
        String.join(", ", risk.requirementIds()))).toList();
  }

  private static String product(LifecycleRisk risk) {
    return Stream.of(risk.vendor(), risk.product(), risk.version()).filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(" "));
  }

  private static List<Pages.ReachRow> reach(ForceResults f) {
    return f.reach().stream().map(c -> new Pages.ReachRow(c.capability().title(), c.reach().systems(),
        c.reach().reachable() + " of " + c.reach().otherForces(), Wording.score(c.reach().reach()))).toList();
  }
}
