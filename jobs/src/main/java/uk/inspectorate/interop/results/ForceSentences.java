package uk.inspectorate.interop.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.inspectorate.interop.score.ForceScore;
import uk.inspectorate.interop.score.LifecycleRisk;
import uk.inspectorate.interop.score.Status;

/**
 * What is said of one force, from its numbers: the headlines of its factsheet, and the dashboard's
 * sentences on its change since last year and its outlook a year on.
 *
 * @param headlines the factsheet's headline sentences, in the order a reader wants them
 * @param change "+4.1 points since 2025 (62.0%, level 3 Defined)."; empty without a last year
 * @param changeText the change since last year to a tenth of a point; empty when not compared
 * @param outlook "If nothing changes, the force would stay at level 3 Defined by 31 March 2027 (score 62.0%)."
 * @param levelAYearOn "3 Defined", with "(drops)" or "(rises)" when it differs from now
 */
public record ForceSentences(List<String> headlines, String change, String changeText, String outlook,
    String levelAYearOn) {

  /** The sheet of the factsheet that lists the requirements not met in full, as its headline names it. */
  public static final String UNMET_SHEET = "Unmet requirements";

  public ForceSentences {
    headlines = List.copyOf(headlines);
  }

  static ForceSentences of(ForceResults f, LocalDate asOf, int levels) {
    return new ForceSentences(headlines(f, asOf, levels), change(f), changeText(f), outlook(f, asOf),
        levelAYearOn(f.score()));
  }

  private static List<String> headlines(ForceResults f, LocalDate asOf, int levels) {
    ForceScore s = f.score();
    List<String> lines = new ArrayList<>();
    lines.add(s.name() + " is at maturity level " + s.maturityLevel() + " of " + levels + ", " + s.levelName()
        + ", and ranks " + (f.jointRank() ? "joint " : "") + Wording.ordinal(s.rank()) + " of " + f.forcesAssessed()
        + " forces, in the " + Wording.quarter(s.quartile()) + ".");
    lines.add("Its overall score of " + Wording.percent(s.overallScore()) + " is "
        + Wording.compared(s.overallScore() - s.peerMedian()) + " the median of its peer group, " + s.peerGroup()
        + " (" + Wording.percent(s.peerMedian()) + "), and " + Wording.compared(f.gapToNationalMedian())
        + " the national median (" + Wording.percent(f.nationalMedian()) + ").");
    strongestAndWeakest(f).ifPresent(lines::add);
    lines.add(requirementsMet(f));
    List<RequirementOutcome> contradicted = f.contradicted();
    if (!contradicted.isEmpty()) {
      lines.add("On " + Wording.count(contradicted.size(), "requirement", "requirements")
          + " its self-assessment claims more than its evidence shows ("
          + contradicted.stream().map(RequirementOutcome::id).collect(Collectors.joining(", ")) + ").");
    }
    aYearOn(f, asOf).ifPresent(lines::add);
    f.sinceLastYear().map(c -> sinceLastYear(c, s)).ifPresent(lines::add);
    return lines;
  }

  private static Optional<String> strongestAndWeakest(ForceResults f) {
    List<DomainOutcome> scored = f.domains().stream().filter(d -> d.value() != null).toList();
    if (scored.size() < 2) {
      return Optional.empty();
    }
    Comparator<DomainOutcome> byScore = Comparator.comparingDouble(DomainOutcome::value);
    DomainOutcome strongest = scored.stream().max(byScore).orElseThrow();
    DomainOutcome weakest = scored.stream().min(byScore).orElseThrow();
    if (strongest.value() - weakest.value() <= 1e-9) {
      return Optional.empty();
    }
    String nationalGap = weakest.nationalMedian() == null ? ""
        : ", " + Wording.compared(weakest.value() - weakest.nationalMedian()) + " the national median of "
            + Wording.percent(weakest.nationalMedian());
    return Optional.of("Its strongest domain is " + strongest.domain().title() + " ("
        + Wording.percent(strongest.value()) + ") and its weakest " + weakest.domain().title() + " ("
        + Wording.percent(weakest.value()) + nationalGap + ").");
  }

  private static String requirementsMet(ForceResults f) {
    long unmet = f.unmet().size();
    if (unmet == 0) {
      return "It meets every one of the " + f.applicable() + " requirements that apply to it.";
    }
    List<String> parts = new ArrayList<>();
    for (Status status : List.of(Status.NOT_MET, Status.PARTIAL, Status.NO_EVIDENCE)) {
      long n = f.count(status);
      if (n > 0) {
        parts.add(n + " " + switch (status) {
          case NOT_MET -> "not met";
          case PARTIAL -> "partly met";
          default -> "without evidence";
        });
      }
    }
    return unmet + " of the " + f.applicable() + " requirements that apply to it are not fully met ("
        + String.join(", ", parts) + "); the " + UNMET_SHEET + " sheet lists them worst first, with the reasons.";
  }

  private static Optional<String> aYearOn(ForceResults f, LocalDate asOf) {
    ForceScore s = f.score();
    List<LifecycleRisk> risks = f.risks();
    long passing = risks.stream().filter(LifecycleRisk::passesWithinYear).count();
    long out = risks.size() - passing;
    boolean lower = f.fallsAYearOn();
    if (risks.isEmpty() && !lower) {
      return Optional.empty();
    }
    String systems = out + (out == 1 ? " system is" : " systems are") + " out of support and " + passing
        + (passing == 1 ? " passes" : " pass") + " end of support by " + Wording.longDate(asOf.plusYears(1));
    String yearOn = lower
        ? "if nothing changes, its score a year on falls to " + Wording.percent(s.nextYearScore())
            + (s.nextYearLevel() < s.maturityLevel()
                ? " and its level to " + s.nextYearLevel() + ", " + s.nextYearLevelName() : "")
        : "its score a year on is unchanged";
    return Optional.of(risks.isEmpty() ? Wording.capitalise(yearOn) + "."
        : Wording.capitalise(systems) + "; " + yearOn + ".");
  }

  private static String sinceLastYear(ForceChange c, ForceScore s) {
    if (!c.assessed()) {
      return "It was not assessed in " + c.year() + ", so there is no change to show.";
    }
    int before = c.last().level();
    String levelChange = before == s.maturityLevel() ? "its level is unchanged"
        : "its level " + (before < s.maturityLevel() ? "rose" : "fell") + " from " + before + ", "
            + c.last().levelName() + ", to " + s.maturityLevel() + ", " + s.levelName();
    return "Since " + c.year() + " its overall score has " + Wording.risen(c.difference()) + " ("
        + Wording.percent(c.previousScore()) + " then); " + levelChange + ".";
  }

  private static String change(ForceResults f) {
    if (f.change() == null) {
      return "";
    }
    ForceChange c = f.change();
    if (!c.assessed()) {
      return "Not assessed in " + c.year() + ".";
    }
    String points = Wording.pointsToTenth(c.difference());
    return (points.equals("no change") ? "No change" : points) + " since " + c.year() + " ("
        + Wording.score(c.previousScore()) + ", level " + c.last().level() + " " + c.last().levelName() + ").";
  }

  private static String changeText(ForceResults f) {
    return f.change() == null || !f.change().assessed() ? "" : Wording.pointsToTenth(f.change().difference());
  }

  private static String outlook(ForceResults f, LocalDate asOf) {
    ForceScore s = f.score();
    String by = " by " + Wording.longDate(asOf.plusYears(1)) + " (score " + Wording.score(s.nextYearScore()) + ")";
    String next = s.nextYearLevel() + " " + s.nextYearLevelName();
    return "If nothing changes, the force would "
        + (s.nextYearLevel() < s.maturityLevel() ? "drop to level " + next + by + " as systems pass end of support."
        : s.nextYearLevel() > s.maturityLevel() ? "rise to level " + next + by + "."
        : "stay at level " + s.maturityLevel() + " " + s.levelName() + by + ".");
  }

  private static String levelAYearOn(ForceScore s) {
    String level = s.nextYearLevel() + " " + s.nextYearLevelName();
    return s.nextYearLevel() < s.maturityLevel() ? level + " (drops)"
        : s.nextYearLevel() > s.maturityLevel() ? level + " (rises)" : level;
  }
}
