package uk.inspectorate.interop.score;

/** A force and a requirement: the key of a measure, a result or a look-ahead. */
public record ForceRequirement(String forceCode, String requirementId) {}
