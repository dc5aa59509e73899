package uk.inspectorate.interop.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import uk.inspectorate.interop.generate.Catalogue.Platform;
import uk.inspectorate.interop.generate.Consortia.Consortium;
import uk.inspectorate.interop.ingest.Force;

/**
 * A force's fixed traits: size, latent maturity, strength in each domain, the direction it is
 * heading, whether it reports rosily, and who it shares platforms with. Everything is derived from
 * the force code and a fixed estate seed, never from the generation seed, so that every year is
 * generated from the same force.
 */
final class ForceProfile {
  /** The seed of every force's traits and estate: changing it would change every sample file. */
  static final long ESTATE_SEED = Seeds.of("interop-maturity estate 1");
  /** The first year the estate is simulated from. */
  static final int FIRST_YEAR = 2019;
  static final int LAST_YEAR = 2100;
  /** The year a force's maturity and domain strengths are anchored at. */
  static final int ANCHOR_YEAR = 2025;

  private final Force force;
  private final long key;
  private final String assetPrefix;
  private final double size;
  private final double maturity;
  private final double trend;
  private final boolean rosy;
  private final Consortium consortium;
  private final boolean isolated;
  private final Platform platform;
  private final List<String> platformPartners;
  private final List<String> regionalPartners;
  private final String cloudPattern;
  private final Map<String, Double> domainOffsets = new HashMap<>();
  private final double[][] levels;

  private ForceProfile(Force force, List<Force> all) {
    this.force = force;
    this.key = Seeds.mix(ESTATE_SEED, Seeds.of(force.code()));
    this.assetPrefix = prefix(force.slug());
    this.size = size(force.officersFte());
    Optional<Consortium> member = Consortia.of(force.code());
    this.consortium = member.orElse(null);
    this.isolated = Consortia.ISOLATED.contains(force.code());
    this.platform = Consortia.platform(force.code(), key);
    SplittableRandom traits = Seeds.random(key, Seeds.of("traits"));
    double spread = (traits.nextDouble() + traits.nextDouble()) / 2;
    this.maturity = 0.28 + 0.55 * spread + (consortium != null ? 0.04 : 0) - (isolated ? 0.05 : 0) + 0.04 * size;
    this.trend = trend(traits.nextDouble(), traits.nextDouble());
    this.rosy = traits.nextDouble() < (maturity < 0.5 ? 0.4 : 0.08);
    this.cloudPattern = traits.nextDouble() < 0.7 ? "NPCE" : "PALZ";
    this.platformPartners = isolated || consortium == null ? List.of()
        : partners(all, f -> consortium.members().contains(f.code()));
    this.regionalPartners = isolated ? List.of()
        : partners(all, f -> f.region() != null && f.region().equals(force.region()));
    this.levels = stickyLevels();
  }

  static ForceProfile of(Force force, List<Force> all) {
    return new ForceProfile(force, all);
  }

  Force force() {
    return force;
  }

  String code() {
    return force.code();
  }

  long key() {
    return key;
  }

  String assetPrefix() {
    return assetPrefix;
  }

  /** 0 for the smallest force, 1 for the Met, on a log scale of officers. */
  double size() {
    return size;
  }

  double trend() {
    return trend;
  }

  boolean rosy() {
    return rosy;
  }

  Optional<Consortium> consortium() {
    return Optional.ofNullable(consortium);
  }

  boolean isolated() {
    return isolated;
  }

  Platform platform() {
    return platform;
  }

  List<String> platformPartners() {
    return platformPartners;
  }

  List<String> regionalPartners() {
    return regionalPartners;
  }

  /** NPCE (Azure) or PALZ (AWS): the national cloud pattern the force builds on. */
  String cloudPattern() {
    return cloudPattern;
  }

  /** Officers, staff and PCSOs: about 1.9 a police officer. */
  double workforce() {
    return Math.max(force.officersFte(), 300) * 1.9;
  }

  /** Number of assets in the force's estate at scale 1: 60 for the smallest, 150 for the Met. */
  int templateCount() {
    return 60 + (int) Math.round(90 * size);
  }

  double maturity(int year) {
    return clamp(maturity + trend * (year - ANCHOR_YEAR), 0.05, 0.97);
  }

  /** The force's strength in a domain (any domain id) in a year, in [0.05, 0.97]. */
  double strength(String domain, int year) {
    double offset = domainOffsets.computeIfAbsent(domain, d -> {
      SplittableRandom random = Seeds.random(key, Seeds.of("domain:" + d));
      return clamp(0.1 * Seeds.gaussian(random), -0.2, 0.2);
    });
    return clamp(maturity + offset + trend * (year - ANCHOR_YEAR), 0.05, 0.97);
  }

  /** Whether a feature is present for an asset slot (ignored for force-wide features) in a year. */
  boolean has(Feature feature, long slot, int year) {
    return threshold(feature, slot) < level(feature, year);
  }

  /** The first year the feature was present, or 0 if it is not by {@code year}; sticky features only. */
  int adoptedIn(Feature feature, long slot, int year) {
    double threshold = threshold(feature, slot);
    for (int y = FIRST_YEAR; y <= year; y++) {
      if (threshold < level(feature, y)) {
        return y;
      }
    }
    return 0;
  }

  /**
   * Whether a link to one partner is present: each partner of each asset has its own threshold, and
   * {@code bias} raises the level for kinds of partner that are listed more readily.
   */
  boolean has(Feature feature, long slot, long partnerKey, double bias, int year) {
    double threshold = Seeds.uniform(key, feature.salt, slot, partnerKey);
    return threshold < level(feature, year) + bias;
  }

  private double threshold(Feature feature, long slot) {
    return feature.forceWide ? Seeds.uniform(key, feature.salt) : Seeds.uniform(key, feature.salt, slot);
  }

  private double level(Feature feature, int year) {
    int y = Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year));
    return levels[feature.ordinal()][y - FIRST_YEAR];
  }

  private double[][] stickyLevels() {
    double[][] table = new double[Feature.values().length][LAST_YEAR - FIRST_YEAR + 1];
    for (Feature feature : Feature.values()) {
      double running = 0;
      for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        double level = clamp(feature.base + feature.gain * (strength(feature.domain, y) - 0.5), 0, 1);
        running = feature.sticky ? Math.max(running, level) : level;
        table[feature.ordinal()][y - FIRST_YEAR] = running;
      }
    }
    return table;
  }

  private List<String> partners(List<Force> all, Predicate<Force> related) {
    List<String> codes = new ArrayList<>();
    for (Force other : all) {
      if (!other.code().equals(force.code()) && related.test(other)) {
        codes.add(other.code());
      }
    }
    codes.sort(null);
    return List.copyOf(codes);
  }

  /**
   * Most forces improve a little each year; about one in ten declines and one in eight stands
   * still, which is what a year-on-year comparison should be able to find.
   */
  private static double trend(double kind, double amount) {
    if (kind < 0.10) {
      return -(0.05 + 0.05 * amount);
    }
    if (kind < 0.22) {
      return (amount - 0.5) * 0.02;
    }
    return 0.03 + 0.06 * amount;
  }

  private static double size(double officers) {
    double low = StrictMath.log(700);
    double high = StrictMath.log(32_000);
    return clamp((StrictMath.log(Math.max(officers, 1)) - low) / (high - low), 0, 1);
  }

  /** Initials of a several-word slug ({@code greater-manchester} is GM), else its first three letters. */
  static String prefix(String slug) {
    List<String> words = new ArrayList<>();
    for (String word : slug.split("-")) {
      if (!word.equals("and") && !word.equals("of") && !word.isEmpty()) {
        words.add(word);
      }
    }
    if (words.size() > 1) {
      StringBuilder initials = new StringBuilder();
      words.forEach(w -> initials.append(w.charAt(0)));
      return initials.toString().toUpperCase(Locale.ROOT);
    }
    String word = words.isEmpty() ? "force" : words.get(0);
    return word.substring(0, Math.min(3, word.length())).toUpperCase(Locale.ROOT);
  }

  static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
