package uk.inspectorate.interop.generate;

import java.util.List;

/**
 * One entry of a force's estate at scale 1: what the asset is and how it changes over the years.
 * At scale N slot {@code s} follows template {@code s mod n}, so a larger estate has the same mix.
 *
 * @param core a system every force has (records, command and control, ...), deployed before the
 *     years assessed; the others fill out the estate and some are new in later years
 * @param appearsWith the asset exists only once the force has adopted this feature, or null
 * @param retiresWith the asset is decommissioned once this feature is present, or null
 * @param migratesWith the asset is replaced by {@code successor} once this feature is present, or null
 */
record AssetTemplate(
    ProductLine line,
    boolean core,
    Feature appearsWith,
    Feature retiresWith,
    Feature migratesWith,
    ProductLine successor,
    Sharing sharing) {

  /**
   * Who an asset's data is shared with: the forces on the same platform, the forces of the
   * region, and partner agencies such as {@code cps}.
   */
  record Sharing(boolean platform, boolean regional, List<String> agencies) {
    static final Sharing NONE = new Sharing(false, false, List.of());

    Sharing {
      agencies = List.copyOf(agencies);
    }

    static Sharing agencies(String... agencies) {
      return new Sharing(false, false, List.of(agencies));
    }
  }

  static AssetTemplate of(ProductLine line, boolean core) {
    return new AssetTemplate(line, core, null, null, null, null, Sharing.NONE);
  }

  AssetTemplate sharing(Sharing with) {
    return new AssetTemplate(line, core, appearsWith, retiresWith, migratesWith, successor, with);
  }

  AssetTemplate appearsWith(Feature feature) {
    return new AssetTemplate(line, core, feature, retiresWith, migratesWith, successor, sharing);
  }

  AssetTemplate retiresWith(Feature feature) {
    return new AssetTemplate(line, core, appearsWith, feature, migratesWith, successor, sharing);
  }

  AssetTemplate migratesTo(ProductLine to, Feature when) {
    return new AssetTemplate(line, core, appearsWith, retiresWith, when, to, sharing);
  }
}
