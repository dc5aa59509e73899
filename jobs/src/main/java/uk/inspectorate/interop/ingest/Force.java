package uk.inspectorate.interop.ingest;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A police force from the force registry ({@code forces.csv}).
 *
 * @param code the ONS police force area code, e.g. {@code E23000013}: the key everywhere
 * @param slug a file-name-safe name, e.g. {@code cleveland}; the only force text used in paths
 * @param population residents, or null where the registry has none
 */
public record Force(
    String code,
    String name,
    String shortName,
    String slug,
    String country,
    String region,
    String forceType,
    String peerGroup,
    double officersFte,
    Long population) {

  /** ONS police force area codes: E23 for England, W15 for Wales, then six digits. */
  public static final Pattern CODE = Pattern.compile("[EW](23|15)\\d{6}");

  /** Lower-case words joined by single hyphens: safe in any file system and URL. */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Force {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("Force slug '" + slug + "' is not file-name safe");
    }
  }
}
