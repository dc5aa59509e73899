package uk.inspectorate.interop.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeds and uniform draws derived from fixed keys (a force code, an asset slot, a year), so that a
 * value depends only on what it describes and never on the order in which values are drawn.
 */
final class Seeds {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** A 64-bit hash of text (FNV-1a over UTF-8), stable across JVMs, unlike HashMap ordering. */
  static long of(String text) {
    long hash = 0xCBF29CE484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xFF;
      hash *= 0x100000001B3L;
    }
    return hash;
  }

  /** Mixes keys into one seed with the SplitMix64 finaliser, which spreads nearby keys apart. */
  static long mix(long... keys) {
    long state = GOLDEN;
    for (long key : keys) {
      state = finalise(state ^ finalise(key + GOLDEN));
    }
    return state;
  }

  /** A uniform draw in [0, 1) fixed by the keys. */
  static double uniform(long... keys) {
    return (mix(keys) >>> 11) * 0x1.0p-53;
  }

  static SplittableRandom random(long... keys) {
    return new SplittableRandom(mix(keys));
  }

  /**
   * A standard normal draw (Box-Muller with StrictMath), written out because the JDK's own
   * Gaussian algorithm is not specified and could change the generated files between releases.
   */
  static double gaussian(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  private static long finalise(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
