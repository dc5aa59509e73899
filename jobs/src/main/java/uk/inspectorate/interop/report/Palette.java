package uk.inspectorate.interop.report;

import java.awt.Color;
import uk.inspectorate.interop.score.CrossCheck;
import uk.inspectorate.interop.score.Status;

/**
 * The colours and words every output uses for statuses. The status fills are Paul Tol's "light"
 * scheme, chosen to stay distinct with colour-blindness and to keep black text readable on them;
 * the words are always shown too, so colour is never the only signal.
 */
final class Palette {
  /** Okabe-Ito blue: a single-series colour that reads for every kind of colour vision. */
  static final Color OKABE_ITO_BLUE = new Color(0x00, 0x72, 0xB2);

  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private Palette() {}

  static Color fill(Status status) {
    return switch (status) {
      case MET -> new Color(0x44, 0xBB, 0x99);
      case PARTIAL -> new Color(0xEE, 0xDD, 0x88);
      case NOT_MET -> new Color(0xEE, 0x88, 0x66);
      case NO_EVIDENCE -> new Color(0xDD, 0xDD, 0xDD);
      case NOT_APPLICABLE -> Color.WHITE;
    };
  }

  static String words(Status status) {
    return switch (status) {
      case MET -> "Met";
      case PARTIAL -> "Partial";
      case NOT_MET -> "Not met";
      case NO_EVIDENCE -> "No evidence";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  static String words(CrossCheck check) {
    if (check == null) {
      return "";
    }
    return switch (check) {
      case AGREES -> "Agrees";
      case CONTRADICTED -> "Contradicted";
      case NO_ANSWER -> "No answer";
    };
  }
}
