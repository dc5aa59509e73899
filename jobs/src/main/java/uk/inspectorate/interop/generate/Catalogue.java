package uk.inspectorate.interop.generate;

import static uk.inspectorate.interop.generate.ProductLine.Capability.API;
import static uk.inspectorate.interop.generate.ProductLine.Capability.CLOUD_READY;
import static uk.inspectorate.interop.generate.ProductLine.Capability.ESN_READY;
import static uk.inspectorate.interop.generate.ProductLine.Capability.EVERGREEN;
import static uk.inspectorate.interop.generate.ProductLine.Capability.LEGACY;
import static uk.inspectorate.interop.generate.ProductLine.Capability.POLE;
import static uk.inspectorate.interop.generate.ProductLine.Capability.TETRA;

import java.util.List;
import java.util.Set;

/**
 * The products forces run, by category. Microsoft, VMware and SAP releases carry their published
 * end-of-support dates, which is why so much of the estate falls out of support in October 2025;
 * the other products' versions and support terms are plausible, not vendors' published ones.
 */
final class Catalogue {
  static final String RECORDS = "records_management";
  static final String COMMAND = "command_control";
  static final String CUSTODY = "custody";
  static final String CASE_FILE = "case_file";
  static final String INTELLIGENCE = "intelligence";
  static final String DIGITAL_EVIDENCE = "digital_evidence";
  static final String MOBILE = "mobile_device";
  static final String BODY_WORN_VIDEO = "body_worn_video";
  static final String RADIO = "radio";
  static final String NETWORK = "network";
  static final String HOSTING = "hosting";
  static final String IDENTITY = "identity";
  static final String PRODUCTIVITY = "productivity";
  static final String PUBLIC_CONTACT = "public_contact";
  static final String NATIONAL_SYSTEMS = "national_systems";
  static final String END_USER = "end_user_device";
  static final String DATABASE = "database";

  static final String APPLICATION = "application";
  static final String DEVICE = "device";
  static final String INFRASTRUCTURE = "infrastructure";
  static final String SERVICE = "service";

  static final String ON_PREMISES = "on_premises";
  static final String PRIVATE_CLOUD = "private_cloud";
  static final String PUBLIC_CLOUD = "public_cloud";
  static final String NATIONAL = "national";

  /** The records platform a force runs, and the modules that come with it. */
  record Platform(String key, ProductLine records, ProductLine custody, ProductLine caseFile,
      ProductLine intelligence, ProductLine mobile) {}

  private static final String NICHE_RELEASES =
      "4.3@2014-05-06|4.4@2016-09-05|4.5@2019-04-01|5.0@2022-06-06|5.1@2024-10-07|5.2@2026-09-07";
  private static final String ATHENA_RELEASES =
      "3.2@2013-01-14|4.0@2016-06-06|5.0@2020-03-02|6.0@2023-11-06";
  private static final String CONNECT_RELEASES = "2.4@2017-02-06|3.0@2021-05-10|3.3@2024-04-15";
  private static final String POLICEWORKS_RELEASES = "1.6@2018-01-15|2.0@2021-09-06|2.4@2024-06-03";

  static final Platform NICHE = platform("niche", "Niche Technology", "Niche RMS", 6, NICHE_RELEASES);
  static final Platform ATHENA = platform("athena", "NEC Software Solutions", "Athena", 7, ATHENA_RELEASES);
  static final Platform CONNECT = platform("connect", "NEC Software Solutions", "Connect", 6, CONNECT_RELEASES);
  static final Platform POLICEWORKS = platform("policeworks", "Capita", "PoliceWorks", 6, POLICEWORKS_RELEASES);
  static final Platform IN_HOUSE = new Platform("in_house",
      ProductLine.of("In-house", "Crime and intelligence system", RECORDS, APPLICATION, ON_PREMISES, 10,
          "2008@2008-01-07|2015@2015-04-13", LEGACY),
      ProductLine.of("In-house", "NSPIS Custody", CUSTODY, APPLICATION, ON_PREMISES, 10, "4.2@2009-03-02", LEGACY),
      ProductLine.of("In-house", "NSPIS Case Preparation", CASE_FILE, APPLICATION, ON_PREMISES, 10,
          "3.8@2009-06-01", LEGACY),
      ProductLine.of("SAS", "Memex Patriarch", INTELLIGENCE, APPLICATION, ON_PREMISES, 6,
          "7.2@2015-03-02|8.0@2019-05-06|8.3@2023-04-03", API),
      ProductLine.of("In-house", "Mobile data app", MOBILE, APPLICATION, ON_PREMISES, 8, "2.1@2016-02-01", LEGACY));

  static final List<Platform> PLATFORMS = List.of(NICHE, ATHENA, CONNECT, POLICEWORKS, IN_HOUSE);

  static final ProductLine MEMEX = IN_HOUSE.intelligence();

  /** Secondary records systems that predate the platform and hold no POLE data. */
  static final List<ProductLine> LEGACY_RECORDS = List.of(
      ProductLine.of("In-house", "Legacy crime recording archive", RECORDS, APPLICATION, ON_PREMISES, 10,
          "3.1@2006-02-06|3.4@2011-10-03", LEGACY),
      ProductLine.of("Microsoft", "Access database: domestic abuse risk tracker", RECORDS, APPLICATION,
          ON_PREMISES, 5, "2010@2010-06-15!2020-10-13|2016@2015-09-22!2025-10-14", LEGACY),
      ProductLine.of("HCL", "Notes property and exhibits database", RECORDS, APPLICATION, ON_PREMISES, 6,
          "9.0.1@2013-10-01!2024-06-01|12.0@2021-06-07", LEGACY),
      ProductLine.of("In-house", "Missing persons database", RECORDS, APPLICATION, ON_PREMISES, 10,
          "2.0@2012-05-14", LEGACY));

  static final List<ProductLine> COMMAND_AND_CONTROL = List.of(
      ProductLine.of("Sopra Steria", "STORM", COMMAND, APPLICATION, ON_PREMISES, 7,
          "8.1@2014-03-03|9.0@2018-05-14|10.0@2023-09-04", API, CLOUD_READY),
      ProductLine.of("Capita", "ControlWorks", COMMAND, APPLICATION, ON_PREMISES, 6,
          "3.0@2015-10-05|4.0@2019-11-04|5.0@2024-02-05", API),
      ProductLine.of("Saab", "SAFE", COMMAND, APPLICATION, ON_PREMISES, 7,
          "6.4@2016-04-04|7.0@2020-06-01|8.0@2024-05-06", API),
      ProductLine.of("Hexagon", "HxGN OnCall Dispatch", COMMAND, APPLICATION, ON_PREMISES, 6,
          "9.3@2017-06-05|9.4@2020-09-07|2023.1@2023-03-06", API, CLOUD_READY));
  static final ProductLine SITUATIONAL_AWARENESS = ProductLine.of("Motorola Solutions", "CommandCentral Aware",
      COMMAND, APPLICATION, ON_PREMISES, 5, "2019.1@2019-03-04|2022.2@2022-06-06|2024.3@2024-11-04", API);

  static final List<ProductLine> EVIDENCE_MANAGEMENT = List.of(
      ProductLine.of("Axon", "Axon Evidence", DIGITAL_EVIDENCE, APPLICATION, PUBLIC_CLOUD, 5, "SaaS@2016-01-04",
          API, EVERGREEN),
      ProductLine.of("NICE", "NICE Investigate", DIGITAL_EVIDENCE, APPLICATION, PUBLIC_CLOUD, 5, "SaaS@2018-01-08",
          API, EVERGREEN),
      ProductLine.of("Genetec", "Clearance", DIGITAL_EVIDENCE, APPLICATION, PUBLIC_CLOUD, 5, "SaaS@2019-05-06",
          API, EVERGREEN));

  static final List<ProductLine> BODY_WORN = List.of(
      ProductLine.of("Axon", "Axon Body camera", BODY_WORN_VIDEO, DEVICE, ON_PREMISES, 6,
          "2@2016-03-07|3@2019-01-14|4@2023-04-03"),
      ProductLine.of("Motorola Solutions", "Body-worn camera", BODY_WORN_VIDEO, DEVICE, ON_PREMISES, 6,
          "VB300@2016-05-02|VB400@2019-02-04|V700@2021-10-04"));

  static final List<ProductLine> HANDHELD_RADIOS = List.of(
      ProductLine.of("Motorola Solutions", "TETRA handheld (Airwave)", RADIO, DEVICE, ON_PREMISES, 10,
          "MTP3550@2012-03-05|MTP6650@2016-09-05", TETRA),
      ProductLine.of("Sepura", "TETRA handheld (Airwave)", RADIO, DEVICE, ON_PREMISES, 10,
          "STP9000@2011-05-02|SC20@2016-06-06", TETRA));
  static final List<ProductLine> VEHICLE_RADIOS = List.of(
      ProductLine.of("Motorola Solutions", "TETRA vehicle set (Airwave)", RADIO, DEVICE, ON_PREMISES, 10,
          "MTM5400@2012-01-09|MXM7000@2019-03-04", TETRA),
      ProductLine.of("Sepura", "TETRA vehicle set (Airwave)", RADIO, DEVICE, ON_PREMISES, 10,
          "SRG3900@2010-04-05|SCG22@2017-09-04", TETRA));
  static final ProductLine ESN_HANDHELD = ProductLine.of("Samsung", "Galaxy XCover6 Pro (ESN-ready)", RADIO, DEVICE,
      ON_PREMISES, 5, "1@2022-07-13", ESN_READY);
  static final ProductLine ESN_VEHICLE = ProductLine.of("Panasonic", "Toughbook 40 (ESN-ready vehicle device)", RADIO,
      DEVICE, ON_PREMISES, 6, "1@2021-10-04", ESN_READY);
  static final List<ProductLine> CONTROL_ROOM_COMMUNICATIONS = List.of(
      ProductLine.of("Frequentis", "ICCS 3020 LifeX", RADIO, INFRASTRUCTURE, ON_PREMISES, 10,
          "2.0@2014-02-03|3.0@2020-06-01", API),
      ProductLine.of("Motorola Solutions", "Avtec Scout ICCS", RADIO, INFRASTRUCTURE, ON_PREMISES, 8,
          "4.2@2016-05-02|4.6@2021-03-01", API));

  static final List<ProductLine> PHONES = List.of(
      ProductLine.of("Samsung", "Galaxy XCover", MOBILE, DEVICE, ON_PREMISES, 4,
          "4s@2019-07-01|Pro@2020-01-20|6 Pro@2022-07-13|7 Pro@2025-02-03"),
      ProductLine.of("Apple", "iPhone", MOBILE, DEVICE, ON_PREMISES, 5,
          "11@2019-09-20|13@2021-09-24|15@2023-09-22|16e@2025-02-28"));
  static final ProductLine DEVICE_MANAGEMENT = ProductLine.of("Microsoft", "Intune", MOBILE, SERVICE, PUBLIC_CLOUD, 3,
      "SaaS@2017-01-09", API, EVERGREEN);

  static final ProductLine PNC_ACCESS = ProductLine.of("Home Office", "Police National Computer access",
      NATIONAL_SYSTEMS, SERVICE, NATIONAL, 5, "national@2010-01-04", API, EVERGREEN);

  static final ProductLine M365 = ProductLine.of("Microsoft", "Microsoft 365", PRODUCTIVITY, SERVICE, PUBLIC_CLOUD, 3,
      "SaaS@2019-04-01", API, EVERGREEN);
  static final ProductLine OFFICE = ProductLine.of("Microsoft", "Office (desktop)", PRODUCTIVITY, APPLICATION,
      ON_PREMISES, 5, "2013@2013-01-29!2023-04-11|2016@2015-09-22!2025-10-14|2019@2018-09-24!2025-10-14"
          + "|LTSC 2021@2021-09-16!2026-10-13|LTSC 2024@2024-09-16!2029-10-09");
  static final ProductLine EXCHANGE = ProductLine.of("Microsoft", "Exchange Server", PRODUCTIVITY, APPLICATION,
      ON_PREMISES, 5, "2013@2013-01-09!2023-04-11|2016@2015-10-01!2025-10-14|2019@2018-10-22!2025-10-14"
          + "|Subscription Edition@2025-07-01");

  static final ProductLine ENTRA_ID = ProductLine.of("Microsoft", "Entra ID", IDENTITY, SERVICE, PUBLIC_CLOUD, 3,
      "SaaS@2016-01-04", API, EVERGREEN);
  private static final String WINDOWS_SERVER_RELEASES = "2012 R2@2013-10-18!2023-10-10|2016@2016-10-12!2027-01-12"
      + "|2019@2018-11-13!2029-01-09|2022@2021-08-18!2031-10-14|2025@2024-11-01!2034-10-10";
  static final ProductLine ACTIVE_DIRECTORY = ProductLine.of("Microsoft", "Active Directory Domain Services", IDENTITY,
      INFRASTRUCTURE, ON_PREMISES, 5, WINDOWS_SERVER_RELEASES);
  static final ProductLine NEP_IAM = ProductLine.of("Police Digital Service", "NEP Identity and Access Management",
      IDENTITY, SERVICE, NATIONAL, 5, "national@2020-04-01", API, EVERGREEN);

  static final ProductLine FORCE_WEBSITE = ProductLine.of("In-house", "Force website and online reporting",
      PUBLIC_CONTACT, APPLICATION, ON_PREMISES, 6, "2014@2014-05-06|2018@2018-03-05", LEGACY);
  static final ProductLine SINGLE_ONLINE_HOME = ProductLine.of("Police Digital Service", "Single Online Home",
      PUBLIC_CONTACT, SERVICE, NATIONAL, 5, "national@2019-04-01", API, EVERGREEN);
  static final List<ProductLine> CONTACT_CENTRES = List.of(
      ProductLine.of("Genesys", "Genesys Cloud CX", PUBLIC_CONTACT, SERVICE, PUBLIC_CLOUD, 3, "SaaS@2019-01-07",
          API, EVERGREEN),
      ProductLine.of("Avaya", "Aura Contact Center", PUBLIC_CONTACT, APPLICATION, ON_PREMISES, 6,
          "7.0@2016-03-01|7.1@2019-06-03"));

  static final ProductLine PSN_CONNECTION = ProductLine.of("BT", "PSN for Policing connection", NETWORK, SERVICE,
      NATIONAL, 5, "contract@2016-04-01", EVERGREEN);
  static final ProductLine CORE_SWITCHES = ProductLine.of("Cisco", "Catalyst switches", NETWORK, INFRASTRUCTURE,
      ON_PREMISES, 8, "3850@2013-03-04|9300@2017-10-02|9300X@2021-11-01");
  static final ProductLine FIREWALLS = ProductLine.of("Palo Alto Networks", "PA-Series firewall", NETWORK,
      INFRASTRUCTURE, ON_PREMISES, 7, "PA-3020@2013-06-03|PA-3220@2018-02-05|PA-3420@2023-02-06");

  static final ProductLine VSPHERE = ProductLine.of("VMware", "vSphere", HOSTING, INFRASTRUCTURE, ON_PREMISES, 5,
      "6.7@2018-04-17!2022-10-15|7.0@2020-04-02!2025-10-02|8.0@2022-10-11!2027-10-11");
  static final ProductLine WINDOWS_SERVER = ProductLine.of("Microsoft", "Windows Server", HOSTING, INFRASTRUCTURE,
      ON_PREMISES, 5, WINDOWS_SERVER_RELEASES);
  static final ProductLine AZURE = ProductLine.of("Microsoft", "Azure subscription", HOSTING, SERVICE, PUBLIC_CLOUD,
      3, "SaaS@2017-04-03", EVERGREEN);
  static final ProductLine AWS = ProductLine.of("Amazon Web Services", "AWS account", HOSTING, SERVICE, PUBLIC_CLOUD,
      3, "SaaS@2018-04-02", EVERGREEN);

  static final List<ProductLine> LAPTOPS = List.of(
      ProductLine.of("Dell", "Latitude laptop", END_USER, DEVICE, ON_PREMISES, 5,
          "5400@2019-04-01|5420@2021-04-05|5440@2023-05-02"),
      ProductLine.of("HP", "EliteBook laptop", END_USER, DEVICE, ON_PREMISES, 5,
          "840 G6@2019-05-06|840 G8@2021-03-01|840 G10@2023-04-03"));
  static final ProductLine WINDOWS_CLIENT = ProductLine.of("Microsoft", "Windows Enterprise", END_USER,
      INFRASTRUCTURE, ON_PREMISES, 5, "10 21H2@2021-11-16!2024-06-11|10 22H2@2022-10-18!2025-10-14"
          + "|11 23H2@2023-10-31!2026-11-10|11 24H2@2024-10-01!2027-10-12");
  static final ProductLine SQL_SERVER = ProductLine.of("Microsoft", "SQL Server", DATABASE, INFRASTRUCTURE,
      ON_PREMISES, 5, "2012@2012-04-01!2022-07-12|2014@2014-04-01!2024-07-09|2016@2016-06-01!2026-07-14"
          + "|2019@2019-11-04!2030-01-08|2022@2022-11-16!2033-01-11");

  /** A product that fills out an estate, with how often forces run one. */
  record Filler(ProductLine line, int weight) {}

  static final List<Filler> FILLERS = List.of(
      new Filler(CORE_SWITCHES, 10),
      new Filler(FIREWALLS, 4),
      new Filler(ProductLine.of("Cisco", "Meraki wireless", NETWORK, INFRASTRUCTURE, ON_PREMISES, 7,
          "MR42@2016-03-07|MR46@2019-06-03|CW9166@2023-04-03"), 5),
      new Filler(ProductLine.of("Fortinet", "FortiGate firewall", NETWORK, INFRASTRUCTURE, ON_PREMISES, 7,
          "600E@2018-05-07|600F@2022-03-07"), 3),
      new Filler(WINDOWS_SERVER, 12),
      new Filler(VSPHERE, 3),
      new Filler(ProductLine.of("HPE", "ProLiant server", HOSTING, INFRASTRUCTURE, ON_PREMISES, 7,
          "Gen9@2014-09-08|Gen10@2017-07-11|Gen11@2023-02-06"), 4),
      new Filler(ProductLine.of("Dell", "PowerEdge server", HOSTING, INFRASTRUCTURE, ON_PREMISES, 7,
          "R730@2014-09-08|R740@2017-07-11|R760@2023-01-10"), 4),
      new Filler(ProductLine.of("Nutanix", "AOS", HOSTING, INFRASTRUCTURE, ON_PREMISES, 4,
          "5.20@2021-06-01|6.5@2022-08-01|6.10@2024-11-04"), 2),
      new Filler(SQL_SERVER, 6),
      new Filler(ProductLine.of("Oracle", "Oracle Database", DATABASE, INFRASTRUCTURE, ON_PREMISES, 6,
          "12c@2013-06-25|19c@2019-04-25|23ai@2024-05-02"), 2),
      new Filler(LAPTOPS.get(0), 3),
      new Filler(LAPTOPS.get(1), 3),
      new Filler(ProductLine.of("Microsoft", "Surface Pro", END_USER, DEVICE, ON_PREMISES, 4,
          "7@2019-10-22|9@2022-10-25|11@2024-06-18"), 2),
      new Filler(ProductLine.of("Lenovo", "ThinkCentre desktop", END_USER, DEVICE, ON_PREMISES, 6,
          "M720q@2018-05-01|M70q@2020-09-01|M70q Gen 4@2023-04-03"), 3),
      new Filler(PHONES.get(0), 2),
      new Filler(PHONES.get(1), 2),
      new Filler(ProductLine.of("Cellebrite", "UFED", "digital_forensics", APPLICATION, ON_PREMISES, 3,
          "2019@2019-01-07|2021@2021-01-04|2023@2023-01-09|2025@2025-01-13"), 2),
      new Filler(ProductLine.of("Magnet Forensics", "Magnet AXIOM", "digital_forensics", APPLICATION, ON_PREMISES, 3,
          "4.0@2020-05-04|6.0@2022-06-06|8.0@2024-06-03"), 2),
      new Filler(ProductLine.of("Microsoft", "Power BI", "analytics", SERVICE, PUBLIC_CLOUD, 3, "SaaS@2018-01-08",
          API, EVERGREEN), 1),
      new Filler(ProductLine.of("Qlik", "Qlik Sense Enterprise", "analytics", APPLICATION, ON_PREMISES, 3,
          "May 2021@2021-05-10|May 2023@2023-05-15|May 2024@2024-05-13", API), 2),
      new Filler(ProductLine.of("Esri", "ArcGIS Enterprise", "mapping", APPLICATION, ON_PREMISES, 4,
          "10.8.1@2020-07-01|10.9.1@2021-11-01|11.1@2023-04-03|11.3@2024-05-06", API, CLOUD_READY), 2),
      new Filler(ProductLine.of("SAP", "SAP ERP Central Component", "hr_finance", APPLICATION, ON_PREMISES, 5,
          "6.0 EHP8@2016-01-04!2027-12-31", API), 1),
      new Filler(ProductLine.of("Oracle", "Oracle Fusion Cloud ERP", "hr_finance", SERVICE, PUBLIC_CLOUD, 5,
          "SaaS@2019-04-01", API, EVERGREEN), 1),
      new Filler(ProductLine.of("Zellis", "ResourceLink", "hr_finance", APPLICATION, ON_PREMISES, 5,
          "2018@2018-01-08|2021@2021-01-04|2024@2024-01-08", CLOUD_READY), 1),
      new Filler(ProductLine.of("Mitel", "MiVoice Business", "telephony", APPLICATION, ON_PREMISES, 5,
          "9.0@2019-01-07|10.0@2022-03-07|10.2@2024-06-03"), 1),
      new Filler(ProductLine.of("Microsoft", "Teams Phone", "telephony", SERVICE, PUBLIC_CLOUD, 3, "SaaS@2020-06-01",
          API, EVERGREEN), 1),
      new Filler(ProductLine.of("Avaya", "Aura Communication Manager", "telephony", APPLICATION, ON_PREMISES, 5,
          "7.1@2017-05-01|8.1@2019-06-03|10.1@2022-06-06"), 1),
      new Filler(ProductLine.of("Splunk", "Splunk Enterprise", "cyber_security", APPLICATION, ON_PREMISES, 2,
          "8.2@2021-05-03|9.1@2023-06-28|9.3@2024-07-24|10.0@2025-07-28", API), 1),
      new Filler(ProductLine.of("Microsoft", "Defender for Endpoint", "cyber_security", SERVICE, PUBLIC_CLOUD, 3,
          "SaaS@2019-04-01", API, EVERGREEN), 1),
      new Filler(ProductLine.of("Microsoft", "SharePoint Server", "document_management", APPLICATION, ON_PREMISES, 5,
          "2013@2013-01-09!2023-04-11|2016@2016-05-01!2026-07-14|2019@2018-10-22!2026-07-14"
              + "|Subscription Edition@2021-11-02"), 2),
      new Filler(ProductLine.of("Civica", "Tranman fleet management", "fleet", APPLICATION, ON_PREMISES, 6,
          "5.2@2016-01-04|6.0@2020-04-06"), 1),
      new Filler(ProductLine.of("Home Office", "National ANPR Service", "anpr", SERVICE, NATIONAL, 5,
          "national@2020-01-06", API, EVERGREEN), 1));

  /** Categories whose applications reach national systems (PNC, LEDS, NEP IAM). */
  static final Set<String> NATIONAL_FACING = Set.of(RECORDS, CUSTODY, CASE_FILE, INTELLIGENCE, COMMAND, MOBILE,
      NATIONAL_SYSTEMS);

  private Catalogue() {}

  static int totalFillerWeight() {
    return FILLERS.stream().mapToInt(Filler::weight).sum();
  }

  private static Platform platform(String key, String vendor, String product, int supportYears, String releases) {
    return new Platform(key,
        ProductLine.of(vendor, product, RECORDS, APPLICATION, ON_PREMISES, supportYears, releases, POLE, API,
            CLOUD_READY),
        ProductLine.of(vendor, product + " Custody", CUSTODY, APPLICATION, ON_PREMISES, supportYears, releases, API,
            CLOUD_READY),
        ProductLine.of(vendor, product + " Case File", CASE_FILE, APPLICATION, ON_PREMISES, supportYears, releases,
            API, CLOUD_READY),
        ProductLine.of(vendor, product + " Intelligence", INTELLIGENCE, APPLICATION, ON_PREMISES, supportYears,
            releases, POLE, API, CLOUD_READY),
        ProductLine.of(vendor, product + " Mobile", MOBILE, APPLICATION, PUBLIC_CLOUD, supportYears, releases, API));
  }
}
