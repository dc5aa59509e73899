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
    List<Domain> domains) {

  public NetworkCode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(aggregation, "aggregation");
    levels = List.copyOf(levels);
    questions = List.copyOf(questions);
    domains = List.copyOf(domains);
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

  /** The evidence sources that at least one requirement reads, so only those inputs are needed. */
  public List<Source> sourcesUsed() {
    return requirements().map(r -> r.evidence().source()).distinct().sorted().toList();
  }

  /** "police-ict-network-code 1.0-draft", as shown in outputs. */
  public String label() {
    return id + " " + version;
  }
}
