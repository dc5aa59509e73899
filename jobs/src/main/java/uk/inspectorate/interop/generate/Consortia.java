package uk.inspectorate.interop.generate;

import static uk.inspectorate.interop.generate.Catalogue.ATHENA;
import static uk.inspectorate.interop.generate.Catalogue.CONNECT;
import static uk.inspectorate.interop.generate.Catalogue.IN_HOUSE;
import static uk.inspectorate.interop.generate.Catalogue.NICHE;
import static uk.inspectorate.interop.generate.Catalogue.POLICEWORKS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.inspectorate.interop.generate.Catalogue.Platform;

/**
 * Which forces share a records platform, which run their own, and which share with no other
 * force at all. Modelled on how regional collaboration looks, not a statement of any force's
 * actual contracts.
 */
final class Consortia {

  /** Forces that run one records platform together and list each other as sharing partners. */
  record Consortium(String name, Platform platform, List<String> members) {}

  static final List<Consortium> ALL = List.of(
      new Consortium("Athena collaboration", ATHENA, List.of("E23000016", "E23000017", "E23000023",
          "E23000024", "E23000025", "E23000026", "E23000027", "E23000028", "E23000032")),
      new Consortium("North West Niche", NICHE, List.of("E23000002", "E23000003", "E23000004", "E23000006")),
      new Consortium("Yorkshire and the Humber Niche", NICHE,
          List.of("E23000009", "E23000010", "E23000011", "E23000012")),
      new Consortium("East Midlands Niche", NICHE,
          List.of("E23000018", "E23000019", "E23000020", "E23000021", "E23000022")),
      new Consortium("South West Niche", NICHE,
          List.of("E23000035", "E23000036", "E23000037", "E23000038", "E23000039")),
      new Consortium("South East Niche", NICHE, List.of("E23000029", "E23000030", "E23000031", "E23000033")),
      new Consortium("Wales Niche", NICHE, List.of("W15000001", "W15000002", "W15000003", "W15000004")),
      new Consortium("London Connect", CONNECT, List.of("E23000001", "E23000034")));

  /** Forces outside any consortium, with the platform each runs alone. */
  private static final Map<String, Platform> INDEPENDENT = Map.of(
      "E23000005", POLICEWORKS,
      "E23000007", CONNECT,
      "E23000008", IN_HOUSE,
      "E23000013", NICHE,
      "E23000014", CONNECT,
      "E23000015", NICHE);

  /** Forces that list no other force as a sharing partner: islands in the network. */
  static final Set<String> ISOLATED = Set.of("E23000005", "E23000008", "E23000013");

  private Consortia() {}

  static Optional<Consortium> of(String forceCode) {
    return ALL.stream().filter(c -> c.members().contains(forceCode)).findFirst();
  }

  /** The force's platform; a force this table does not know gets one drawn from its code. */
  static Platform platform(String forceCode, long forceKey) {
    Optional<Consortium> consortium = of(forceCode);
    if (consortium.isPresent()) {
      return consortium.get().platform();
    }
    Platform independent = INDEPENDENT.get(forceCode);
    if (independent != null) {
      return independent;
    }
    double u = Seeds.uniform(forceKey, Seeds.of("platform"));
    return u < 0.5 ? NICHE : u < 0.7 ? ATHENA : u < 0.85 ? CONNECT : IN_HOUSE;
  }
}
