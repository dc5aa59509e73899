package uk.inspectorate.interop.report.chart;

import java.awt.Color;
import uk.inspectorate.interop.score.Status;

/**
 * The colours every output uses for statuses and series. The status fills are Paul Tol's "light"
 * scheme, chosen to stay distinct with colour-blindness and to keep black text readable on them;
 * the words ({@code Wording.status}) are always shown too, so colour is never the only signal.
 */
public final class Palette {
  /** Okabe-Ito blue: a single-series colour that reads for every kind of colour vision. */
  static final Color OKABE_ITO_BLUE = new Color(0x00, 0x72, 0xB2);

  static final Color OKABE_ITO_ORANGE = new Color(0xE6, 0x9F, 0x00);
  static final Color OKABE_ITO_SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
  static final Color OKABE_ITO_VERMILLION = new Color(0xD5, 0x5E, 0x00);

  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  /** The box of a box plot: a pale blue that dots in {@link #OKABE_ITO_BLUE} stand out on. */
  static final Color BOX_FILL = new Color(0xD6, 0xE6, 0xF2);

  /** "Everything else" in a stacked chart: a neutral grey that no named category uses. */
  static final Color OTHER = new Color(0xBB, 0xBB, 0xBB);

  /**
   * Okabe-Ito's categorical colours, most distinct first (blue, orange, bluish green, vermillion,
   * reddish purple, sky blue, yellow): distinct for every kind of colour vision.
   */
  private static final Color[] CATEGORICAL = {
      OKABE_ITO_BLUE, OKABE_ITO_ORANGE, new Color(0x00, 0x9E, 0x73), OKABE_ITO_VERMILLION,
      new Color(0xCC, 0x79, 0xA7), OKABE_ITO_SKY_BLUE, new Color(0xF0, 0xE4, 0x42)};

  /**
   * ColorBrewer's "YlGnBu", light to dark: ordered steps (such as maturity levels) that differ in
   * lightness and hue together, so neighbours stay apart with colour-blindness and in greyscale.
   */
  private static final Color[] SEQUENTIAL = {
      new Color(0xFF, 0xFF, 0xCC), new Color(0xC7, 0xE9, 0xB4), new Color(0x7F, 0xCD, 0xBB),
      new Color(0x41, 0xB6, 0xC4), new Color(0x1D, 0x91, 0xC0), new Color(0x22, 0x5E, 0xA8),
      new Color(0x0C, 0x2C, 0x84)};

  private Palette() {}

  /** The {@code i}th categorical colour; they repeat after seven. */
  static Color categorical(int i) {
    return CATEGORICAL[i % CATEGORICAL.length];
  }

  /** Step {@code i} of {@code n} ordered steps, lightest first, spread over the sequential scale. */
  static Color sequential(int i, int n) {
    if (n <= 1) {
      return SEQUENTIAL[SEQUENTIAL.length - 2];
    }
    int first = 1;
    int last = SEQUENTIAL.length - 1;
    int index = first + (int) Math.round((double) i * (last - first) / (n - 1));
    return SEQUENTIAL[Math.min(Math.max(index, 0), SEQUENTIAL.length - 1)];
  }

  /** The fill of a status in cells and charts. */
  public static Color fill(Status status) {
    return switch (status) {
      case MET -> new Color(0x44, 0xBB, 0x99);
      case PARTIAL -> new Color(0xEE, 0xDD, 0x88);
      case NOT_MET -> new Color(0xEE, 0x88, 0x66);
      case NO_EVIDENCE -> new Color(0xDD, 0xDD, 0xDD);
      case NOT_APPLICABLE -> Color.WHITE;
    };
  }

  /** A pair of forces' cell of the interoperability matrix: pale for none, then darker steps up to every capability. */
  public static Color connected(int count, int capabilities) {
    return count <= 0 ? new Color(0xF4, 0xF4, 0xF4) : sequential(count - 1, capabilities);
  }
}
