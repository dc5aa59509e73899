package uk.inspectorate.interop.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.inspectorate.interop.UnusableInputException;

/**
 * The force registry, {@code forces.csv}: the 43 forces with their codes, names, slugs and peer
 * groups. It is small reference data, read on the driver and checked whole: any problem in it is
 * fatal, because every other input is keyed on it.
 */
public final class ForceRegistry {

  static final List<String> COLUMNS = List.of(
      "force_code", "name", "short_name", "slug", "country", "region", "force_type", "peer_group",
      "officers_fte", "population");

  private final List<Force> forces;
  private final Map<String, Force> byCode;

  private ForceRegistry(List<Force> forces) {
    this.forces = forces.stream().sorted(Comparator.comparing(Force::code)).toList();
    this.byCode = this.forces.stream().collect(Collectors.toMap(Force::code, Function.identity()));
  }

  public static ForceRegistry of(List<Force> forces) {
    return new ForceRegistry(forces);
  }

  /** The forces, ordered by force code. */
  public List<Force> forces() {
    return forces;
  }

  public Optional<Force> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Set<String> codes() {
    return byCode.keySet();
  }

  /** Reads and checks {@code forces.csv}, reporting every bad row at once. */
  public static ForceRegistry load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UnusableInputException("Cannot read the force registry: " + file
          + " does not exist. Every data folder needs forces.csv with the columns " + COLUMNS
          + "; copy data-samples/forces.csv to start one.");
    }
    List<String> problems = new ArrayList<>();
    List<Force> forces = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
      List<String> absent = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
      if (!absent.isEmpty()) {
        throw new UnusableInputException("Cannot read the force registry " + file
            + ": the header lacks the column(s) " + absent + "; found " + header
            + ". Add them (see README, Inputs).");
      }
      Set<String> seenCodes = new HashSet<>();
      Set<String> seenSlugs = new HashSet<>();
      for (CSVRecord row : parser) {
        String where = file.getFileName() + " line " + parser.getCurrentLineNumber();
        Force force = force(row, header, where, problems);
        if (force == null) {
          continue;
        }
        if (!seenCodes.add(force.code())) {
          problems.add(where + ": force_code " + force.code() + " is listed twice; each force once");
        } else if (!seenSlugs.add(force.slug())) {
          problems.add(where + ": slug '" + force.slug() + "' is used by two forces; slugs name files and must be unique");
        } else {
          forces.add(force);
        }
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new UnusableInputException("Cannot read the force registry " + file + ": " + e.getMessage());
    }
    if (forces.isEmpty() && problems.isEmpty()) {
      problems.add(file + ": lists no forces; it needs one row a force");
    }
    if (!problems.isEmpty()) {
      List<String> all = new ArrayList<>();
      all.add("Cannot use the force registry " + file + ":");
      problems.forEach(p -> all.add("  - " + p));
      throw new UnusableInputException(all);
    }
    return new ForceRegistry(forces);
  }

  private static Force force(CSVRecord row, List<String> header, String where, List<String> problems) {
    if (!row.isConsistent()) {
      problems.add(where + ": has " + row.size() + " fields, the header has " + header.size());
      return null;
    }
    java.util.function.Function<String, String> get = c -> row.get(header.indexOf(c)).strip();
    String code = get.apply("force_code");
    String slug = get.apply("slug");
    int before = problems.size();
    if (!Force.CODE.matcher(code).matches()) {
      problems.add(where + ", column force_code: '" + code + "' is not an ONS police force area code (E23 or W15 and six digits, e.g. E23000013)");
    }
    if (!Force.SLUG.matcher(slug).matches()) {
      problems.add(where + ", column slug: '" + slug + "' is not file-name safe; use lower-case letters, digits and single hyphens (e.g. avon-and-somerset)");
    }
    if (get.apply("name").isEmpty()) {
      problems.add(where + ", column name: is empty");
    }
    double officers = 0;
    try {
      officers = Double.parseDouble(get.apply("officers_fte"));
    } catch (NumberFormatException e) {
      problems.add(where + ", column officers_fte: '" + get.apply("officers_fte") + "' is not a number");
    }
    Long population = null;
    String populationText = get.apply("population");
    if (!populationText.isEmpty()) {
      try {
        population = Long.parseLong(populationText);
      } catch (NumberFormatException e) {
        problems.add(where + ", column population: '" + populationText + "' is not a whole number (leave it empty when unknown)");
      }
    }
    if (problems.size() > before) {
      return null;
    }
    String peerGroup = get.apply("peer_group");
    return new Force(code, get.apply("name"), get.apply("short_name"), slug, get.apply("country"),
        get.apply("region"), get.apply("force_type"), peerGroup.isEmpty() ? "Unassigned" : peerGroup,
        officers, population);
  }
}
