package uk.inspectorate.interop.code;

/**
 * Where a requirement's evidence comes from: the source table, an optional row filter and an
 * aggregate measure, both Spark SQL expressions over the source's columns.
 *
 * @param where a boolean expression, or null for every row of the force
 */
public record Evidence(Source source, String where, String measure) {}
