package uk.inspectorate.interop.validate;

import org.apache.spark.sql.Column;

/**
 * A rule every row of an input must keep, declared as data: its name (counted in the data-quality
 * table), the condition under which a row breaks it, and the reject reason, an expression so that
 * it can quote the offending value.
 */
public record RowRule(String name, Column breaks, Column reason) {}
