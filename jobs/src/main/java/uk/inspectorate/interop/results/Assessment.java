package uk.inspectorate.interop.results;

import java.time.LocalDate;
import java.util.List;
import uk.inspectorate.interop.analysis.Network;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.ingest.Force;
import uk.inspectorate.interop.score.Scorer;
import uk.inspectorate.interop.validate.DataQualityRow;

/**
 * What the pipeline hands over once a year is scored: plain records collected from Spark, from
 * which {@link Results} works out everything the outputs show.
 *
 * @param marking the protective marking shown on every output, e.g. OFFICIAL
 * @param provisional true until the assessment is published with --final
 * @param lastYear last year's results, or null when there are none to compare with
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
    LastYear lastYear,
    Network network) {

  public Assessment {
    forces = List.copyOf(forces);
    dataQuality = List.copyOf(dataQuality);
    network = network == null ? Network.NONE : network;
  }

  /** An assessment without an interoperability network. */
  public Assessment(int year, LocalDate asOf, NetworkCode code, List<Force> forces, Scorer.Scores scores,
      List<DataQualityRow> dataQuality, String marking, boolean provisional, LastYear lastYear) {
    this(year, asOf, code, forces, scores, dataQuality, marking, provisional, lastYear, Network.NONE);
  }

  /** An assessment with no last year to compare with. */
  public Assessment(int year, LocalDate asOf, NetworkCode code, List<Force> forces, Scorer.Scores scores,
      List<DataQualityRow> dataQuality, String marking, boolean provisional) {
    this(year, asOf, code, forces, scores, dataQuality, marking, provisional, null);
  }
}
