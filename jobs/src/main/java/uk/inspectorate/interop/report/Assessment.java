package uk.inspectorate.interop.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.inspectorate.interop.analysis.Network;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.score.Scorer;
import uk.inspectorate.interop.validate.DataQualityRow;

/**
 * Everything a year's outputs are rendered from: plain records collected from the pipeline.
 *
 * @param marking the protective marking shown on every output, e.g. OFFICIAL
 * @param provisional true until the assessment is published with --final
 * @param previous the previous year's published results, or null when there are none
 * @param network which forces can exchange data with which, on each capability of the code
 */
public record Assessment(
    int year,
    LocalDate asOf,
    NetworkCode code,
    List<Force> forces,
    Scorer.Scores scores,
    List<DataQualityRow> dataQuality,
    String marking,
    boolean provisional,
    PreviousYear previous,
    Network network) {

  public Assessment {
    forces = List.copyOf(forces);
    dataQuality = List.copyOf(dataQuality);
    network = network == null ? Network.NONE : network;
  }

  /** An assessment without an interoperability network. */
  public Assessment(int year, LocalDate asOf, NetworkCode code, List<Force> forces, Scorer.Scores scores,
      List<DataQualityRow> dataQuality, String marking, boolean provisional, PreviousYear previous) {
    this(year, asOf, code, forces, scores, dataQuality, marking, provisional, previous, Network.NONE);
  }

  /** An assessment with no previous year to compare with. */
  public Assessment(int year, LocalDate asOf, NetworkCode code, List<Force> forces, Scorer.Scores scores,
      List<DataQualityRow> dataQuality, String marking, boolean provisional) {
    this(year, asOf, code, forces, scores, dataQuality, marking, provisional, null);
  }

  public java.util.Optional<PreviousYear> previousYear() {
    return java.util.Optional.ofNullable(previous);
  }

  public Map<String, Force> forcesByCode() {
    return forces.stream().collect(Collectors.toMap(Force::code, Function.identity()));
  }

  /** "OFFICIAL - PROVISIONAL" or "OFFICIAL". */
  public String markingLine() {
    return provisional ? marking + " - PROVISIONAL" : marking;
  }
}
