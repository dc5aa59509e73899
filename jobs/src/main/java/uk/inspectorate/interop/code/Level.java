package uk.inspectorate.interop.code;

/**
 * A maturity level. A force reaches it when its overall score is at least {@code minScore} and,
 * when {@code minDomainScore} is set, every domain score is at least that.
 */
public record Level(int level, String name, double minScore, Double minDomainScore) {}
