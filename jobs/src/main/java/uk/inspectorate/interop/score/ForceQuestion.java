package uk.inspectorate.interop.score;

/** A force and a survey question: the key of a self-reported answer. */
public record ForceQuestion(String forceCode, String questionId) {}
