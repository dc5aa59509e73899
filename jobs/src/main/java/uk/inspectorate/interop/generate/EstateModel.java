package uk.inspectorate.interop.generate;

import static uk.inspectorate.interop.generate.Catalogue.APPLICATION;
import static uk.inspectorate.interop.generate.Catalogue.CUSTODY;
import static uk.inspectorate.interop.generate.Catalogue.DIGITAL_EVIDENCE;
import static uk.inspectorate.interop.generate.Catalogue.IDENTITY;
import static uk.inspectorate.interop.generate.Catalogue.INFRASTRUCTURE;
import static uk.inspectorate.interop.generate.Catalogue.INTELLIGENCE;
import static uk.inspectorate.interop.generate.Catalogue.NATIONAL;
import static uk.inspectorate.interop.generate.Catalogue.ON_PREMISES;
import static uk.inspectorate.interop.generate.Catalogue.PRIVATE_CLOUD;
import static uk.inspectorate.interop.generate.Catalogue.PUBLIC_CLOUD;
import static uk.inspectorate.interop.generate.Catalogue.RADIO;
import static uk.inspectorate.interop.generate.Catalogue.RECORDS;
import static uk.inspectorate.interop.generate.Catalogue.SERVICE;
import static uk.inspectorate.interop.generate.ProductLine.Capability.API;
import static uk.inspectorate.interop.generate.ProductLine.Capability.CLOUD_READY;
import static uk.inspectorate.interop.generate.ProductLine.Capability.ESN_READY;
import static uk.inspectorate.interop.generate.ProductLine.Capability.EVERGREEN;
import static uk.inspectorate.interop.generate.ProductLine.Capability.LEGACY;
import static uk.inspectorate.interop.generate.ProductLine.Capability.POLE;
import static uk.inspectorate.interop.generate.ProductLine.Capability.TETRA;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import uk.inspectorate.interop.generate.ProductLine.Release;

/**
 * A force's estate on any as-of date. Each asset slot is simulated on its own from the force's
 * fixed traits: first deployed on a fixed day, then upgraded around each end of support (early by
 * a strong force, late by a weak one), migrated or retired when the force adopts a feature. Since
 * every draw is keyed by force, slot and generation rather than taken from a shared stream, the
 * estate of 31 March 2026 is the estate of 31 March 2025 a year on, and slots can be produced one
 * at a time in any number.
 */
final class EstateModel {
  private static final LocalDate EARLIEST = LocalDate.of(2010, 1, 4);
  private static final LocalDate CORE_LATEST = LocalDate.of(2022, 12, 30);
  private static final LocalDate ESTABLISHED_LATEST = LocalDate.of(2024, 3, 29);
  private static final LocalDate NEW_FROM = LocalDate.of(2024, 4, 1);
  /** Share of non-core slots deployed after March 2024: the estate grows about 2.5% a year. */
  private static final double NEW_SHARE = 0.12;
  private static final List<String> AGENCY_ORDER =
      List.of("cps", "local_authority", "nhs", "fire_rescue", "ambulance", "probation");

  /** Share of the workforce using an asset of the category. */
  private static final Map<String, Double> USER_SHARE = Map.ofEntries(
      Map.entry(RECORDS, 0.85), Map.entry(CUSTODY, 0.25), Map.entry(Catalogue.CASE_FILE, 0.45),
      Map.entry(INTELLIGENCE, 0.5), Map.entry(Catalogue.COMMAND, 0.08), Map.entry(DIGITAL_EVIDENCE, 0.5),
      Map.entry(Catalogue.BODY_WORN_VIDEO, 0.3), Map.entry(Catalogue.MOBILE, 0.6), Map.entry(RADIO, 0.45),
      Map.entry(Catalogue.PRODUCTIVITY, 1.0), Map.entry(IDENTITY, 1.0), Map.entry(Catalogue.END_USER, 0.9),
      Map.entry(Catalogue.PUBLIC_CONTACT, 0.05), Map.entry(Catalogue.NATIONAL_SYSTEMS, 0.4),
      Map.entry("analytics", 0.1), Map.entry("mapping", 0.15), Map.entry("hr_finance", 0.3),
      Map.entry("telephony", 0.6), Map.entry("cyber_security", 0.02), Map.entry("document_management", 0.8),
      Map.entry("digital_forensics", 0.01), Map.entry("fleet", 0.02), Map.entry("anpr", 0.05));

  /** Annual cost per user, in pounds. */
  private static final Map<String, Integer> COST_PER_USER = Map.ofEntries(
      Map.entry(RECORDS, 55), Map.entry(CUSTODY, 40), Map.entry(Catalogue.CASE_FILE, 30),
      Map.entry(INTELLIGENCE, 45), Map.entry(Catalogue.COMMAND, 900), Map.entry(DIGITAL_EVIDENCE, 120),
      Map.entry(Catalogue.BODY_WORN_VIDEO, 150), Map.entry(Catalogue.MOBILE, 160), Map.entry(RADIO, 220),
      Map.entry(Catalogue.PRODUCTIVITY, 240), Map.entry(IDENTITY, 20), Map.entry(Catalogue.END_USER, 210),
      Map.entry(Catalogue.PUBLIC_CONTACT, 1500), Map.entry("digital_forensics", 9000));

  /** The release in use on the as-of date, when it was deployed and when its support ends. */
  private record Generation(Release release, LocalDate deployedOn, LocalDate endOfSupport) {}

  private final ForceProfile profile;
  private final List<AssetTemplate> templates;

  EstateModel(ForceProfile profile) {
    this.profile = profile;
    this.templates = Blueprint.of(profile);
  }

  ForceProfile profile() {
    return profile;
  }

  int templateCount() {
    return templates.size();
  }

  AssetTemplate template(long slot) {
    return templates.get((int) (slot % templates.size()));
  }

  /** The asset in the slot on the as-of date, or empty when it is not yet, or no longer, in the estate. */
  Optional<Asset> asset(long slot, LocalDate asOf) {
    AssetTemplate template = template(slot);
    int year = asOf.getYear();
    LocalDate start = firstDeployed(template, slot);
    if (template.appearsWith() != null) {
      int adopted = profile.adoptedIn(template.appearsWith(), slot, year);
      if (adopted == 0) {
        return Optional.empty();
      }
      start = later(start, adoptionDay(adopted, slot, template.line()));
    }
    if (start.isAfter(asOf)
        || template.retiresWith() != null && profile.adoptedIn(template.retiresWith(), slot, year) != 0) {
      return Optional.empty();
    }
    ProductLine line = template.line();
    if (template.migratesWith() != null) {
      int adopted = profile.adoptedIn(template.migratesWith(), slot, year);
      LocalDate migrated = adopted == 0 ? null : adoptionDay(adopted, slot, template.successor());
      if (migrated != null && !migrated.isAfter(asOf)) {
        line = template.successor();
        start = later(start, migrated);
      }
    }
    return Optional.of(describe(template, line, lifecycle(line, start, slot, asOf), slot, year));
  }

  private LocalDate firstDeployed(AssetTemplate template, long slot) {
    SplittableRandom random = Seeds.random(profile.key(), slot, Seeds.of("first deployed"));
    LocalDate earliest = later(EARLIEST, template.line().firstAvailable());
    LocalDate latest = template.core() ? CORE_LATEST : ESTABLISHED_LATEST;
    if (!template.core() && random.nextDouble() < NEW_SHARE) {
      earliest = later(earliest, NEW_FROM);
      latest = NEW_FROM.plusYears(5);
    }
    return between(earliest, latest, random);
  }

  /** A day in the financial year (April to March) the force adopted a feature, once the product existed. */
  private LocalDate adoptionDay(int financialYear, long slot, ProductLine line) {
    SplittableRandom random = Seeds.random(profile.key(), slot, Seeds.of("adopted"));
    LocalDate from = LocalDate.of(financialYear - 1, 4, 1);
    LocalDate to = LocalDate.of(financialYear, 3, 31);
    return later(between(from, to, random), line.firstAvailable().plusMonths(1));
  }

  private Generation lifecycle(ProductLine line, LocalDate start, long slot, LocalDate asOf) {
    long lineKey = Seeds.of(line.vendor() + "|" + line.product());
    SplittableRandom initial = Seeds.random(profile.key(), slot, lineKey, Seeds.of("initial release"));
    Release release = line.releaseOn(start);
    int index = line.releases().indexOf(release);
    if (index > 0 && initial.nextDouble() < 0.25) {
      release = line.releases().get(index - 1);
    }
    LocalDate deployed = start;
    LocalDate supportFrom = start;
    for (int generation = 0; ; generation++) {
      SplittableRandom random = Seeds.random(profile.key(), slot, lineKey, generation);
      boolean unknown = random.nextDouble() < unknownSupportChance(line, deployed.getYear());
      LocalDate endOfSupport = line.endOfSupport(release, supportFrom);
      Generation current = new Generation(release, deployed, unknown ? null : endOfSupport);
      double strength = profile.strength("INF", endOfSupport.getYear());
      long monthsLate = Math.round((0.55 - strength) * 40 + 5 * Seeds.gaussian(random));
      LocalDate next = later(endOfSupport.plusMonths(monthsLate), supportFrom.plusMonths(12));
      if (line.has(EVERGREEN)) {
        if (next.isAfter(asOf)) {
          return current;
        }
        supportFrom = next;
        continue;
      }
      Release newer = line.releaseOn(next);
      if (line.releases().indexOf(newer) <= line.releases().indexOf(release)) {
        Optional<Release> upcoming = line.after(release);
        if (upcoming.isEmpty()) {
          return current;
        }
        newer = upcoming.get();
        next = newer.available().plusMonths(1 + random.nextInt(9));
      }
      if (next.isAfter(asOf)) {
        return current;
      }
      release = newer;
      deployed = next;
      supportFrom = next;
    }
  }

  private double unknownSupportChance(ProductLine line, int year) {
    return line.has(LEGACY) ? 0.45 : 0.02 + 0.12 * (1 - profile.strength("INF", year));
  }

  private Asset describe(AssetTemplate template, ProductLine line, Generation generation, long slot, int year) {
    String assetClass = line.assetClass();
    boolean software = APPLICATION.equals(assetClass) || SERVICE.equals(assetClass);
    boolean openApi = software && line.has(API) && profile.has(Feature.OPEN_API, slot, year);
    boolean sso = software && (IDENTITY.equals(line.category())
        || line.has(API) && !line.has(LEGACY) && profile.has(Feature.SSO, slot, year));
    String hosting = hosting(line, slot);
    SplittableRandom random = Seeds.random(profile.key(), slot, Seeds.of("describe"));
    List<String> standards = standards(line, slot, year, openApi, sso, random);
    List<String> accreditation = accreditation(line, hosting, slot, year, random);
    long users = users(line, random);
    return new Asset(
        profile.code(),
        profile.assetPrefix() + "-" + String.format(Locale.ROOT, "%06d", slot + 1),
        assetClass,
        line.category(),
        line.vendor(),
        line.product(),
        generation.release().version(),
        generation.deployedOn(),
        generation.endOfSupport(),
        hosting,
        standards,
        nationalLinks(line, hosting, slot, year),
        partners(template, slot, year),
        openApi,
        sso,
        accreditation,
        users,
        cost(line, users, random));
  }

  private String hosting(ProductLine line, long slot) {
    double appetite = 0.1 + 0.5 * profile.strength("INF", ForceProfile.ANCHOR_YEAR);
    boolean moved = line.has(CLOUD_READY) && ON_PREMISES.equals(line.hosting())
        && Seeds.uniform(profile.key(), slot, Seeds.of("hosting")) < appetite;
    return moved ? PRIVATE_CLOUD : line.hosting();
  }

  private List<String> standards(ProductLine line, long slot, int year, boolean openApi, boolean sso,
      SplittableRandom random) {
    boolean application = APPLICATION.equals(line.assetClass());
    boolean identity = IDENTITY.equals(line.category());
    boolean niem = random.nextDouble() < 0.2;
    boolean soap = random.nextDouble() < 0.5;
    List<String> standards = new ArrayList<>();
    addIf(standards, line.has(POLE), "POLE");
    addIf(standards, line.has(POLE) && openApi && niem, "NIEM");
    addIf(standards, openApi, "REST-JSON");
    addIf(standards, application && (line.has(LEGACY) || line.has(API) && !line.has(EVERGREEN) && !openApi && soap),
        "SOAP-XML");
    addIf(standards, sso && (!openApi || identity), "SAML");
    addIf(standards, sso && (openApi || identity), "OIDC");
    addIf(standards, line.has(TETRA), "TETRA");
    addIf(standards, line.has(ESN_READY) || RADIO.equals(line.category()) && INFRASTRUCTURE.equals(line.assetClass())
        && profile.has(Feature.ESN_READY, slot, year), "ESN");
    return standards;
  }

  private List<String> nationalLinks(ProductLine line, String hosting, long slot, int year) {
    String category = line.category();
    boolean application = APPLICATION.equals(line.assetClass());
    boolean legacy = line.has(LEGACY);
    boolean facing = !legacy && (application && Catalogue.NATIONAL_FACING.contains(category)
        || Catalogue.NATIONAL_SYSTEMS.equals(category));
    boolean recordsOrIntelligence = RECORDS.equals(category) || INTELLIGENCE.equals(category);
    List<String> links = new ArrayList<>();
    addIf(links, facing && !INTELLIGENCE.equals(category) || CUSTODY.equals(category)
        || RECORDS.equals(category) && Seeds.uniform(profile.key(), slot, Seeds.of("legacy pnc")) < 0.4, "PNC");
    addIf(links, recordsOrIntelligence && !legacy && profile.has(Feature.PND_UPLOAD, slot, year), "PND");
    addIf(links, facing && profile.has(Feature.LEDS, slot, year), "LEDS");
    addIf(links, line == Catalogue.M365 && profile.has(Feature.NEP_M365, slot, year), "NEP-M365");
    addIf(links, line == Catalogue.NEP_IAM || facing && application && profile.has(Feature.NEP_IAM, slot, year),
        "NEP-IAM");
    addIf(links, (application || INFRASTRUCTURE.equals(line.assetClass())) && !NATIONAL.equals(hosting)
        && profile.has(Feature.NMC, slot, year), "NMC");
    addIf(links, line.has(ESN_READY), "ESN");
    addIf(links, line == Catalogue.SINGLE_ONLINE_HOME, "SOH");
    addIf(links, DIGITAL_EVIDENCE.equals(category) && profile.has(Feature.CPS_DEMS, slot, year), "CPS-DEMS");
    addIf(links, CUSTODY.equals(category), "HOB");
    return links;
  }

  /**
   * Forces on the same platform always list each other; regional forces and agencies are listed
   * once the force has set up the link, which stronger sharers do sooner.
   */
  private List<String> partners(AssetTemplate template, long slot, int year) {
    List<String> partners = new ArrayList<>();
    AssetTemplate.Sharing sharing = template.sharing();
    if (sharing.platform()) {
      partners.addAll(profile.platformPartners());
    }
    if (sharing.regional()) {
      for (String force : profile.regionalPartners()) {
        if (!partners.contains(force) && profile.has(Feature.PARTNER_LINK, slot, Seeds.of(force), 0, year)) {
          partners.add(force);
        }
      }
    }
    partners.sort(null);
    for (String agency : AGENCY_ORDER) {
      if (sharing.agencies().contains(agency)
          && profile.has(Feature.PARTNER_LINK, slot, Seeds.of(agency), 0.25, year)) {
        partners.add(agency);
      }
    }
    return partners;
  }

  private List<String> accreditation(ProductLine line, String hosting, long slot, int year, SplittableRandom random) {
    boolean cloud = PUBLIC_CLOUD.equals(hosting) || PRIVATE_CLOUD.equals(hosting);
    String pattern = line == Catalogue.AZURE ? "NPCE" : line == Catalogue.AWS ? "PALZ" : profile.cloudPattern();
    boolean assured = cloud && profile.has(Feature.CLOUD_ASSURED, slot, year);
    boolean cyberEssentials = random.nextDouble() < 0.3;
    List<String> accreditation = new ArrayList<>();
    addIf(accreditation, line == Catalogue.PSN_CONNECTION || NATIONAL.equals(hosting), "PSN");
    addIf(accreditation, assured && "NPCE".equals(pattern), "NPCE");
    addIf(accreditation, assured && "PALZ".equals(pattern), "PALZ");
    addIf(accreditation, line.has(EVERGREEN) && PUBLIC_CLOUD.equals(hosting), "ISO27001");
    addIf(accreditation, cloud && cyberEssentials, "CE+");
    return accreditation;
  }

  private long users(ProductLine line, SplittableRandom random) {
    boolean infrastructure = INFRASTRUCTURE.equals(line.assetClass())
        && !IDENTITY.equals(line.category()) && !RADIO.equals(line.category());
    if (infrastructure) {
      return 0;
    }
    double share = USER_SHARE.getOrDefault(line.category(), 0.1) * (line.has(LEGACY) ? 0.15 : 1);
    return Math.max(1, Math.round(share * profile.workforce() * (0.85 + 0.3 * random.nextDouble())));
  }

  private long cost(ProductLine line, long users, SplittableRandom random) {
    double fixed = INFRASTRUCTURE.equals(line.assetClass()) ? 3_000 + 60_000 * random.nextDouble()
        : 5_000 + 35_000 * random.nextDouble();
    double perUser = COST_PER_USER.getOrDefault(line.category(), 35) * (line.has(LEGACY) ? 0.4 : 1);
    return Math.round((fixed + perUser * users * (0.8 + 0.4 * random.nextDouble())) / 10) * 10;
  }

  private static void addIf(List<String> list, boolean condition, String value) {
    if (condition) {
      list.add(value);
    }
  }

  private static LocalDate between(LocalDate from, LocalDate to, SplittableRandom random) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
