package uk.inspectorate.interop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.TestSpark;
import uk.inspectorate.interop.code.Aggregation;
import uk.inspectorate.interop.code.Capability;
import uk.inspectorate.interop.code.NetworkCode;

/**
 * Six forces built by hand, on two capabilities:
 *
 * <pre>
 *        records (POLE counts)                      command and control (platform or link only)
 * Alpha  Niche RMS, POLE + SOAP-XML                 Sopra Steria STORM
 * Bravo  Niche RMS, SOAP-XML only                   Sopra Steria STORM
 * Charlie Athena, POLE                              Saab SAFE, lists Delta as a partner
 * Delta  Athena, no standard                        in-house dispatch
 * Echo   in-house Records DB, POLE                  (none)
 * Foxtrot in-house Records DB, no standard, shares only with the local authority   (none)
 * </pre>
 *
 * Records: Alpha-Bravo share a platform, Alpha-Charlie, Alpha-Echo and Charlie-Echo share POLE,
 * Charlie-Delta share a platform; an in-house build is no platform, so Echo-Foxtrot do not.
 * Command: Alpha-Bravo share STORM; Charlie declares Delta.
 */
class InteropNetworkTest {
  static final String A = "E23000001";
  static final String B = "E23000002";
  static final String C = "E23000003";
  static final String D = "E23000004";
  static final String E = "E23000005";
  static final String F = "E23000006";
  static final List<String> FORCES = List.of(F, E, D, C, B, A);

  static Network network;

  @BeforeAll
  static void measureTheSixForces() {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("force_code", DataTypes.StringType, false),
        DataTypes.createStructField("category", DataTypes.StringType, true),
        DataTypes.createStructField("vendor", DataTypes.StringType, true),
        DataTypes.createStructField("product", DataTypes.StringType, true),
        DataTypes.createStructField("standards", DataTypes.createArrayType(DataTypes.StringType), true),
        DataTypes.createStructField("sharing_partners", DataTypes.createArrayType(DataTypes.StringType), true)));
    List<Row> rows = List.of(
        system(A, "records_management", "Niche Technology", "Niche RMS", list("POLE", "SOAP-XML"), list()),
        system(A, "command_control", "Sopra Steria", "STORM", list("REST-JSON"), list()),
        system(A, "hosting", "Microsoft", "Azure", list("POLE"), list(F)),
        system(B, "records_management", "Niche Technology", "Niche RMS", list("SOAP-XML"), null),
        system(B, "command_control", "Sopra Steria", "STORM", null, list()),
        system(C, "records_management", "NEC Software Solutions", "Athena", list("POLE"), list()),
        system(C, "command_control", "Saab", "SAFE", list("REST-JSON"), list(D)),
        system(D, "records_management", "NEC Software Solutions", "Athena", list(), list()),
        system(D, "command_control", "In-house", "Dispatch", list(), list()),
        system(E, "records_management", "In-house", "Records DB", list("POLE"), list()),
        system(F, "records_management", "In-house", "Records DB", null, list("local_authority")),
        system(F, null, "", "", null, null));
    Dataset<Row> inventory = TestSpark.session().createDataFrame(rows, schema);
    NetworkCode code = new NetworkCode("test", "1", "Test", Aggregation.ARITHMETIC, List.of(), List.of(), List.of(),
        List.of(new Capability("records", "Records", "category = 'records_management'", List.of("POLE", "NIEM")),
            new Capability("command", "Command and control", "category = 'command_control'", List.of()),
            new Capability("records-own", "Records, each force's own instance", "category = 'records_management'",
                List.of("POLE"), false)));
    network = InteropNetwork.measure(inventory, code, FORCES);
  }

  @Test
  void everyPairOfForcesOnEveryCapabilityOnceInOrder() {
    assertThat(network.pairs()).hasSize(3 * 15);
    assertThat(network.pairs()).allMatch(p -> p.forceA().compareTo(p.forceB()) < 0);
    assertThat(network.pairs().get(0).capabilityId()).isEqualTo("records");
  }

  @Test
  void recordsPairsExchangeByStandardOrPlatformButNotByAnInHouseBuild() {
    assertThat(linked("records")).containsExactlyInAnyOrder(A + "-" + B, A + "-" + C, A + "-" + E, C + "-" + D, C + "-" + E);
    assertThat(pair("records", A, B).via()).isEqualTo("platform Niche Technology Niche RMS");
    assertThat(pair("records", A, C).via()).isEqualTo("standard POLE");
    assertThat(pair("records", E, F).canExchange()).as("same in-house product name is no platform").isFalse();
    assertThat(pair("records", A, F).declaredLink()).as("Alpha's hosting system lists Foxtrot, not a records system").isFalse();
    assertThat(network.connectivity("records")).isCloseTo(5.0 / 15, within(1e-12));
  }

  @Test
  void commandPairsExchangeBySharedPlatformOrADeclaredLinkInEitherDirection() {
    assertThat(linked("command")).containsExactlyInAnyOrder(A + "-" + B, C + "-" + D);
    assertThat(pair("command", C, D).via()).isEqualTo("declared link");
    assertThat(pair("command", A, B).via()).isEqualTo("platform Sopra Steria STORM");
  }

  @Test
  void reachIsTheShareOfTheOtherFiveForcesEachCanExchangeWith() {
    Map<String, Integer> records = network.reach().stream().filter(r -> r.capabilityId().equals("records"))
        .collect(Collectors.toMap(InteropReach::forceCode, InteropReach::reachable));
    assertThat(records).containsExactlyInAnyOrderEntriesOf(Map.of(A, 3, B, 1, C, 3, D, 1, E, 2, F, 0));
    InteropReach alpha = network.reach().stream().filter(r -> r.capabilityId().equals("records") && r.forceCode().equals(A))
        .findFirst().orElseThrow();
    assertThat(alpha.reach()).isCloseTo(0.6, within(1e-12));
    assertThat(alpha.systems()).isEqualTo(1);
    InteropReach echo = network.reach().stream().filter(r -> r.capabilityId().equals("command") && r.forceCode().equals(E))
        .findFirst().orElseThrow();
    assertThat(echo.systems()).isZero();
    assertThat(echo.reachable()).isZero();
  }

  @Test
  void clustersAreTheGroupsThatCanAllExchangeWithOneAnother() {
    assertThat(clusters("records")).containsExactly(List.of(A, C, E), List.of(A, B), List.of(C, D));
    assertThat(clusters("command")).containsExactly(List.of(A, B), List.of(C, D));
  }

  @Test
  void whereSeparateInstancesOfAPlatformDoNotExchangeOnlyStandardsAndLinksCount() {
    assertThat(linked("records-own")).containsExactlyInAnyOrder(A + "-" + C, A + "-" + E, C + "-" + E);
    assertThat(clusters("records-own")).containsExactly(List.of(A, C, E));
  }

  @Test
  void noCapabilitiesNoNetwork() {
    NetworkCode code = new NetworkCode("test", "1", "Test", Aggregation.ARITHMETIC, List.of(), List.of(), List.of());
    assertThat(InteropNetwork.measure(null, code, FORCES)).isSameAs(Network.NONE);
  }

  private static List<String> linked(String capability) {
    return network.pairs().stream().filter(p -> p.capabilityId().equals(capability) && p.canExchange())
        .map(p -> p.forceA() + "-" + p.forceB()).toList();
  }

  private static InteropPair pair(String capability, String a, String b) {
    return network.pairs().stream().filter(p -> p.capabilityId().equals(capability) && p.forceA().equals(a)
        && p.forceB().equals(b)).findFirst().orElseThrow();
  }

  private static List<List<String>> clusters(String capability) {
    return network.clusters().stream().filter(c -> c.capabilityId().equals(capability)).map(InteropCluster::forceCodes).toList();
  }

  private static Row system(String force, String category, String vendor, String product, List<String> standards,
      List<String> partners) {
    return RowFactory.create(force, category, vendor, product, standards == null ? null : standards.toArray(String[]::new),
        partners == null ? null : partners.toArray(String[]::new));
  }

  private static List<String> list(String... values) {
    return Arrays.asList(values);
  }
}
