package uk.inspectorate.interop.score;

/** A force and a domain of the code: the key of a domain score. */
public record ForceDomain(String forceCode, String domainId) {}
