package uk.inspectorate.interop.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One edition of the ICT interoperability network code: everything the scoring needs, read from
 * the code file. Built only by {@link CodeLoader}, which has validated the whole of it.
 */
public record NetworkCode(
    String id,
    String version,
    String title,
    Aggregation aggregation,
    List<Level> levels,
    List<Question> questions,
    List<Domain> domains,
    List<Capability> capabilities) {

  public NetworkCode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(aggregation, "aggregation");
    levels = List.copyOf(levels);
    questions = List.copyOf(questions);
    domains = List.copyOf(domains);
    capabilities = List.copyOf(capabilities);
  }

  /** A code without interoperability capabilities. */
  public NetworkCode(String id, String version, String title, Aggregation aggregation, List<Level> levels,
      List<Question> questions, List<Domain> domains) {
    this(id, version, title, aggregation, levels, questions, domains, List.of());
  }

  /** Every requirement of every domain, in the order of the code file. */
  public Stream<Requirement> requirements() {
    return domains.stream().flatMap(d -> d.requirements().stream());
  }

  /** The questions a force answers in its survey return, in the order of the code file. */
  public List<Question> returnQuestions() {
    return questions.stream().filter(q -> q.audience() == Question.Audience.FORCE).toList();
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /**
   * The inputs the code reads, so only those are needed: every requirement's evidence source,
   * and the survey returns when a requirement cross-checks a self-reported answer.
   */
  public List<Source> sourcesUsed() {
    Stream<Source> crossChecks = requirements().anyMatch(r -> r.crossCheckQuestion() != null)
        ? Stream.of(Source.RETURNS) : Stream.empty();
    Stream<Source> network = capabilities.isEmpty() ? Stream.empty() : Stream.of(Source.INVENTORY);
    return Stream.of(requirements().map(r -> r.evidence().source()), crossChecks, network).flatMap(s -> s)
        .distinct().sorted().toList();
  }

  /** "police-ict-network-code 1.0-draft", as shown in outputs. */
  public String label() {
    return id + " " + version;
  }
}
