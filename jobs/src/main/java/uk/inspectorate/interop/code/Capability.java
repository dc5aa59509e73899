package uk.inspectorate.interop.code;

import java.util.List;

/**
 * A capability forces must be able to share data on (records, intelligence, command and control,
 * ...), for the interoperability network: two forces can exchange data on it when their systems
 * for it support a common exchange standard, run the same platform, or one declares the other as
 * a sharing partner.
 *
 * @param where Spark SQL over the inventory's columns choosing the systems that serve the
 *     capability, e.g. {@code category IN ('records_management', 'custody')}
 * @param standards the exchange standards that count, e.g. POLE; empty when only a shared platform
 *     or a declared link will do
 * @param platforms whether running the same vendor's product counts (false where separate
 *     instances of one product do not exchange, so only standards and declared links do)
 */
public record Capability(String id, String title, String where, List<String> standards, boolean platforms) {
  public Capability {
    standards = List.copyOf(standards);
  }

  /** A capability where a shared platform counts. */
  public Capability(String id, String title, String where, List<String> standards) {
    this(id, title, where, standards, true);
  }
}
