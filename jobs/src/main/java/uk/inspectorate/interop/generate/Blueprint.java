package uk.inspectorate.interop.generate;

import static uk.inspectorate.interop.generate.Catalogue.NICHE;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.inspectorate.interop.generate.AssetTemplate.Sharing;
import uk.inspectorate.interop.generate.Catalogue.Filler;
import uk.inspectorate.interop.generate.Catalogue.Platform;

/**
 * The estate a force runs at scale 1: the systems every force has, chosen to fit its platform and
 * strengths, then a weighted mix of infrastructure, devices and smaller applications up to the
 * force's size. Drawn from the force's traits alone, so it is the same in every year.
 */
final class Blueprint {
  private static final Sharing RECORDS_SHARING = new Sharing(true, false, List.of());
  private static final Sharing INTELLIGENCE_SHARING = new Sharing(true, true, List.of());
  private static final Sharing CONTROL_ROOM_SHARING = new Sharing(false, true, List.of("fire_rescue", "ambulance"));

  private Blueprint() {}

  static List<AssetTemplate> of(ForceProfile profile) {
    SplittableRandom random = Seeds.random(profile.key(), Seeds.of("blueprint"));
    List<AssetTemplate> templates = new ArrayList<>();
    addRecords(profile, random, templates);
    addOperational(profile, random, templates);
    addCorporate(profile, random, templates);
    int target = profile.templateCount();
    int totalWeight = Catalogue.totalFillerWeight();
    while (templates.size() < target) {
      templates.add(AssetTemplate.of(pickFiller(random.nextInt(totalWeight)), false));
    }
    return List.copyOf(templates);
  }

  /**
   * The records platform and its modules, and the older records systems alongside it: a force
   * weak in data standards keeps more of those, and they hold no POLE data.
   */
  private static void addRecords(ForceProfile profile, SplittableRandom random, List<AssetTemplate> templates) {
    Platform platform = profile.platform();
    boolean inHouse = platform == Catalogue.IN_HOUSE;
    templates.add(replaceable(platform.records(), NICHE.records(), inHouse).sharing(RECORDS_SHARING));
    double dataStrength = profile.strength("DAT", ForceProfile.ANCHOR_YEAR);
    long legacy = Math.round(2.6 * (1 - dataStrength)) + (profile.size() > 0.6 ? 1 : 0);
    int first = random.nextInt(Catalogue.LEGACY_RECORDS.size());
    for (int i = 0; i < Math.min(legacy, 4); i++) {
      ProductLine line = Catalogue.LEGACY_RECORDS.get((first + i) % Catalogue.LEGACY_RECORDS.size());
      templates.add(AssetTemplate.of(line, true).retiresWith(Feature.LEGACY_RETIRED)
          .sharing(Sharing.agencies("local_authority")));
    }
    templates.add(replaceable(platform.custody(), NICHE.custody(), inHouse).sharing(Sharing.agencies("nhs")));
    templates.add(replaceable(platform.caseFile(), NICHE.caseFile(), inHouse).sharing(Sharing.agencies("cps")));
    ProductLine intelligence = random.nextDouble() < 0.35 ? Catalogue.MEMEX : platform.intelligence();
    templates.add(AssetTemplate.of(intelligence, true).sharing(INTELLIGENCE_SHARING));
    templates.add(replaceable(platform.mobile(), NICHE.mobile(), inHouse));
    templates.add(AssetTemplate.of(Catalogue.PNC_ACCESS, true));
  }

  private static void addOperational(ForceProfile profile, SplittableRandom random, List<AssetTemplate> templates) {
    templates.add(AssetTemplate.of(pick(Catalogue.COMMAND_AND_CONTROL, random, 0.45, 0.20, 0.20), true)
        .sharing(CONTROL_ROOM_SHARING));
    if (profile.size() > 0.45) {
      templates.add(AssetTemplate.of(Catalogue.SITUATIONAL_AWARENESS, true));
    }
    int evidence = pickIndex(random, 0.45, 0.35);
    templates.add(evidenceManagement(evidence));
    if (profile.size() > 0.5) {
      templates.add(evidenceManagement((evidence + 1) % Catalogue.EVIDENCE_MANAGEMENT.size()));
    }
    templates.add(AssetTemplate.of(pick(Catalogue.BODY_WORN, random, 0.6), true));
    int radioVendor = random.nextInt(Catalogue.HANDHELD_RADIOS.size());
    ProductLine handheld = Catalogue.HANDHELD_RADIOS.get(radioVendor);
    templates.add(AssetTemplate.of(handheld, true).migratesTo(Catalogue.ESN_HANDHELD, Feature.ESN_READY));
    templates.add(AssetTemplate.of(Catalogue.VEHICLE_RADIOS.get(radioVendor), true)
        .migratesTo(Catalogue.ESN_VEHICLE, Feature.ESN_READY));
    templates.add(AssetTemplate.of(pick(Catalogue.CONTROL_ROOM_COMMUNICATIONS, random, 0.6), true));
    if (profile.size() > 0.5) {
      templates.add(AssetTemplate.of(handheld, true).migratesTo(Catalogue.ESN_HANDHELD, Feature.ESN_READY));
    }
    templates.add(AssetTemplate.of(pick(Catalogue.PHONES, random, 0.7), true));
    templates.add(AssetTemplate.of(Catalogue.DEVICE_MANAGEMENT, true));
  }

  private static void addCorporate(ForceProfile profile, SplittableRandom random, List<AssetTemplate> templates) {
    templates.add(AssetTemplate.of(Catalogue.M365, true));
    templates.add(AssetTemplate.of(Catalogue.OFFICE, true));
    templates.add(AssetTemplate.of(Catalogue.EXCHANGE, true).retiresWith(Feature.NEP_M365));
    templates.add(AssetTemplate.of(Catalogue.ENTRA_ID, true));
    templates.add(AssetTemplate.of(Catalogue.ACTIVE_DIRECTORY, true));
    templates.add(AssetTemplate.of(Catalogue.NEP_IAM, true).appearsWith(Feature.NEP_IAM));
    templates.add(AssetTemplate.of(Catalogue.FORCE_WEBSITE, true)
        .migratesTo(Catalogue.SINGLE_ONLINE_HOME, Feature.SINGLE_ONLINE_HOME));
    templates.add(AssetTemplate.of(pick(Catalogue.CONTACT_CENTRES, random, 0.5), true));
    templates.add(AssetTemplate.of(Catalogue.PSN_CONNECTION, true));
    templates.add(AssetTemplate.of(Catalogue.CORE_SWITCHES, true));
    templates.add(AssetTemplate.of(Catalogue.FIREWALLS, true));
    templates.add(AssetTemplate.of(Catalogue.VSPHERE, true));
    templates.add(AssetTemplate.of(Catalogue.WINDOWS_SERVER, true));
    templates.add(AssetTemplate.of("NPCE".equals(profile.cloudPattern()) ? Catalogue.AZURE : Catalogue.AWS, true));
    templates.add(AssetTemplate.of(pick(Catalogue.LAPTOPS, random, 0.5), true));
    templates.add(AssetTemplate.of(Catalogue.WINDOWS_CLIENT, true));
    templates.add(AssetTemplate.of(Catalogue.SQL_SERVER, true));
  }

  private static AssetTemplate replaceable(ProductLine line, ProductLine successor, boolean replaced) {
    AssetTemplate template = AssetTemplate.of(line, true);
    return replaced ? template.migratesTo(successor, Feature.RMS_REPLACED) : template;
  }

  private static AssetTemplate evidenceManagement(int index) {
    return AssetTemplate.of(Catalogue.EVIDENCE_MANAGEMENT.get(index), true).sharing(Sharing.agencies("cps"));
  }

  /** A line from the list, the first ones with the given probabilities and the last with the rest. */
  private static ProductLine pick(List<ProductLine> lines, SplittableRandom random, double... probabilities) {
    return lines.get(Math.min(pickIndex(random, probabilities), lines.size() - 1));
  }

  private static int pickIndex(SplittableRandom random, double... probabilities) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int i = 0; i < probabilities.length; i++) {
      cumulative += probabilities[i];
      if (u < cumulative) {
        return i;
      }
    }
    return probabilities.length;
  }

  private static ProductLine pickFiller(int ticket) {
    int remaining = ticket;
    for (Filler filler : Catalogue.FILLERS) {
      if (remaining < filler.weight()) {
        return filler.line();
      }
      remaining -= filler.weight();
    }
    throw new IllegalStateException("Filler ticket " + ticket + " is beyond the total weight");
  }
}
