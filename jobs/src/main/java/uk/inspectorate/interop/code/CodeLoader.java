package uk.inspectorate.interop.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a network code file and validates the whole of it before any data is read, reporting
 * every problem with its line: unknown keys, missing or duplicate ids, weights that are not
 * positive, levels that do not increase, unknown methods and policies, questions a requirement
 * cites but the code lacks, and SQL expressions that do not parse or reach outside SQL.
 */
public final class CodeLoader {

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");
  private static final int MAX_BYTES = 4 * 1024 * 1024;

  private final List<CodeProblem> problems = new ArrayList<>();

  private CodeLoader() {}

  /** Loads and validates a code file; throws with every problem found. */
  public static NetworkCode load(Path file) throws InvalidCodeException {
    String name = file.toString();
    String text;
    try {
      if (!Files.isRegularFile(file)) {
        throw new InvalidCodeException(name, List.of(new CodeProblem(0, "",
            "the file does not exist; give the code file with --code, or put network-code.yaml in the data folder")));
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidCodeException(name, List.of(new CodeProblem(0, "",
            "the file is larger than 4 MB; a code file is a few hundred lines of YAML")));
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidCodeException(name, List.of(new CodeProblem(0, "",
          "is not UTF-8 text (it may have been saved as Windows-1252 or ANSI); save it as UTF-8")));
    } catch (IOException e) {
      throw new InvalidCodeException(name, List.of(new CodeProblem(0, "", "cannot be read: " + e.getMessage())));
    }
    return parse(name, text);
  }

  /** Parses and validates code text; {@code name} is used in messages. */
  public static NetworkCode parse(String name, String text) throws InvalidCodeException {
    CodeLoader loader = new CodeLoader();
    NetworkCode code = loader.read(name, text);
    if (!loader.problems.isEmpty()) {
      List<CodeProblem> byLine = new ArrayList<>(loader.problems);
      byLine.sort(java.util.Comparator.comparingInt(CodeProblem::line));
      throw new InvalidCodeException(name, byLine);
    }
    return code;
  }

  private NetworkCode read(String name, String text) {
    Optional<Node> document;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(true)
          .setMaxAliasesForCollections(10).build();
      document = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      problem(line, "", "is not valid YAML: " + e.getProblem());
      return null;
    } catch (YamlEngineException e) {
      problem(0, "", "is not valid YAML: " + e.getMessage());
      return null;
    }
    if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
      problem(document.map(CodeLoader::line).orElse(0), "", "must be a YAML mapping with code, version, levels, questions and domains");
      return null;
    }
    Map<String, Node> top = fields(root, "", "code", "version", "title", "aggregation", "levels", "questions", "domains",
        "capabilities");
    String id = requiredText(top, root, "", "code");
    String version = requiredText(top, root, "", "version");
    String title = optionalText(top, "", "title");
    Aggregation aggregation = enumValue(top, "", "aggregation", Aggregation.class, Aggregation.ARITHMETIC);
    List<Level> levels = levels(top.get("levels"), root);
    List<Question> questions = questions(top.get("questions"));
    List<Domain> domains = domains(top.get("domains"), root, questions);
    List<Capability> capabilities = capabilities(top.get("capabilities"));
    if (id == null || version == null || aggregation == null) {
      return null;
    }
    return new NetworkCode(id, version, title == null ? id : title, aggregation, levels, questions, domains, capabilities);
  }

  private List<Level> levels(Node node, Node parent) {
    List<Level> levels = new ArrayList<>();
    List<Node> items = sequence(node, "levels", parent, true);
    Level previous = null;
    for (int i = 0; i < items.size(); i++) {
      String path = "levels[" + i + "]";
      Map<String, Node> f = mapping(items.get(i), path, "level", "name", "min_score", "min_domain_score");
      if (f == null) {
        continue;
      }
      Double number = number(f, items.get(i), path, "level", true);
      String levelName = requiredText(f, items.get(i), path, "name");
      Double minScore = number(f, items.get(i), path, "min_score", true);
      Double minDomain = number(f, items.get(i), path, "min_domain_score", false);
      if (number == null || levelName == null || minScore == null) {
        continue;
      }
      if (number != Math.rint(number) || number < 1) {
        problem(line(f.get("level")), path + ".level", "must be a whole number from 1, found " + number);
        continue;
      }
      inUnitInterval(f.get("min_score"), path + ".min_score", minScore);
      if (minDomain != null) {
        inUnitInterval(f.get("min_domain_score"), path + ".min_domain_score", minDomain);
      }
      Level level = new Level(number.intValue(), levelName, minScore, minDomain);
      if (previous == null && minScore != 0.0) {
        problem(line(f.get("min_score")), path + ".min_score", "the lowest level must have min_score 0 so that every force has a level, found " + minScore);
      }
      if (previous != null) {
        if (level.level() != previous.level() + 1) {
          problem(line(f.get("level")), path + ".level", "levels must be numbered 1, 2, 3, ... in order; expected " + (previous.level() + 1) + ", found " + level.level());
        }
        if (level.minScore() <= previous.minScore()) {
          problem(line(f.get("min_score")), path + ".min_score", "must be higher than the level below (" + previous.minScore() + "), found " + level.minScore());
        }
      }
      levels.add(level);
      previous = level;
    }
    return levels;
  }

  /** The interoperability capabilities: optional; each chooses inventory systems with a where. */
  private List<Capability> capabilities(Node node) {
    List<Capability> capabilities = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Node> items = sequence(node, "capabilities", null, false);
    for (int i = 0; i < items.size(); i++) {
      String path = "capabilities[" + i + "]";
      Node item = items.get(i);
      Map<String, Node> f = mapping(item, path, "id", "title", "where", "standards", "platforms");
      if (f == null) {
        continue;
      }
      String id = id(f, item, path);
      String title = requiredText(f, item, path, "title");
      String where = requiredText(f, item, path, "where");
      List<String> standards = textList(f.get("standards"), path + ".standards");
      if (id != null && !ids.add(id)) {
        problem(line(f.get("id")), path + ".id", "duplicate capability id '" + id + "'; each capability needs its own id");
      }
      int before = problems.size();
      if (where != null) {
        SqlExpressions.checkWhere(where, Source.INVENTORY)
            .forEach(p -> problem(line(f.get("where")), path + ".where", p.message()));
      }
      Boolean platforms = f.containsKey("platforms") ? bool(f.get("platforms"), path + ".platforms") : Boolean.TRUE;
      if (id != null && title != null && where != null && platforms != null && problems.size() == before) {
        capabilities.add(new Capability(id, title, where, standards, platforms));
      }
    }
    return capabilities;
  }

  private Boolean bool(Node node, String path) {
    if (node instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
      return Boolean.parseBoolean(s.getValue());
    }
    problem(line(node), path, "must be true or false");
    return null;
  }

  private List<Question> questions(Node node) {
    List<Question> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Node> items = sequence(node, "questions", null, false);
    for (int i = 0; i < items.size(); i++) {
      String path = "questions[" + i + "]";
      Node item = items.get(i);
      Map<String, Node> f = mapping(item, path, "id", "text", "type", "options", "audience");
      if (f == null) {
        continue;
      }
      String id = id(f, item, path);
      String text = requiredText(f, item, path, "text");
      QuestionType type = keyed(f, item, path, "type", QuestionType.values(), QuestionType::key);
      List<String> options = textList(f.get("options"), path + ".options");
      Question.Audience audience = f.containsKey("audience")
          ? keyed(f, item, path, "audience", Question.Audience.values(), Question.Audience::key) : Question.Audience.FORCE;
      if (id != null && !ids.add(id)) {
        problem(line(f.get("id")), path + ".id", "duplicate question id '" + id + "'; each question needs its own id");
      }
      if (type == QuestionType.CHOICE && options.size() < 2) {
        problem(line(item), path + ".options", "a choice question needs at least two options");
      }
      if (type != null && type != QuestionType.CHOICE && !options.isEmpty()) {
        problem(line(f.get("options")), path + ".options", "only choice questions take options; this one is " + type.key());
      }
      if (id != null && text != null && type != null && audience != null) {
        questions.add(new Question(id, text, type, options, audience));
      }
    }
    return questions;
  }

  private List<Domain> domains(Node node, Node parent, List<Question> questions) {
    List<Domain> domains = new ArrayList<>();
    Set<String> domainIds = new HashSet<>();
    Map<String, String> requirementPaths = new HashMap<>();
    List<Node> items = sequence(node, "domains", parent, true);
    for (int i = 0; i < items.size(); i++) {
      String path = "domains[" + i + "]";
      Node item = items.get(i);
      Map<String, Node> f = mapping(item, path, "id", "title", "weight", "requirements");
      if (f == null) {
        continue;
      }
      String id = id(f, item, path);
      String title = requiredText(f, item, path, "title");
      Double weight = weight(f, item, path);
      if (id != null && !domainIds.add(id)) {
        problem(line(f.get("id")), path + ".id", "duplicate domain id '" + id + "'");
      }
      List<Requirement> requirements = new ArrayList<>();
      List<Node> reqNodes = sequence(f.get("requirements"), path + ".requirements", item, true);
      for (int j = 0; j < reqNodes.size(); j++) {
        String reqPath = path + ".requirements[" + j + "]";
        Requirement requirement = requirement(reqNodes.get(j), reqPath, id, questions, requirementPaths);
        if (requirement != null) {
          requirements.add(requirement);
        }
      }
      if (id != null && title != null && weight != null) {
        domains.add(new Domain(id, title, weight, requirements));
      }
    }
    return domains;
  }

  private Requirement requirement(Node node, String path, String domainId, List<Question> questions,
      Map<String, String> requirementPaths) {
    Map<String, Node> f = mapping(node, path, "id", "title", "weight", "replaces", "evidence", "scoring", "cross_check", "missing");
    if (f == null) {
      return null;
    }
    String id = id(f, node, path);
    String earlier = id == null ? null : requirementPaths.putIfAbsent(id, path);
    if (earlier != null) {
      problem(line(f.get("id")), path + ".id", "duplicate requirement id '" + id + "' (also at " + earlier + "); each requirement needs its own id");
      id = null;
    }
    String title = requiredText(f, node, path, "title");
    Double weight = weight(f, node, path);
    List<String> replaces = textList(f.get("replaces"), path + ".replaces");
    Evidence evidence = evidence(f.get("evidence"), node, path + ".evidence");
    ScoringRule scoring = scoring(f.get("scoring"), node, path + ".scoring");
    MissingPolicy missing = f.containsKey("missing")
        ? keyed(f, node, path, "missing", MissingPolicy.values(), MissingPolicy::key) : MissingPolicy.NOT_MET;
    String crossCheck = null;
    if (f.containsKey("cross_check")) {
      String ccPath = path + ".cross_check";
      Map<String, Node> cc = mapping(f.get("cross_check"), ccPath, "question");
      if (cc != null) {
        crossCheck = requiredText(cc, f.get("cross_check"), ccPath, "question");
        String cited = crossCheck;
        if (cited != null && questions.stream().noneMatch(q -> q.id().equals(cited))) {
          problem(line(cc.get("question")), ccPath + ".question", "cites question '" + cited + "', which the code's questions do not have");
        }
      }
    }
    if (evidence != null && evidence.source() == Source.RETURNS || evidence != null && evidence.source() == Source.WORKFORCE) {
      checkCitedQuestions(evidence, f.get("evidence"), path + ".evidence.where", questions);
    }
    if (id == null || title == null || weight == null || evidence == null || scoring == null || missing == null) {
      return null;
    }
    return new Requirement(id, title, domainId, weight, evidence, scoring, missing, crossCheck, replaces);
  }

  /** A returns or workforce filter that names a question id the code lacks would silently find nothing. */
  private void checkCitedQuestions(Evidence evidence, Node node, String path, List<Question> questions) {
    if (evidence.where() == null) {
      return;
    }
    var matcher = Pattern.compile("question_id\\s*=\\s*'([^']*)'").matcher(evidence.where());
    while (matcher.find()) {
      String cited = matcher.group(1);
      if (questions.stream().noneMatch(q -> q.id().equals(cited))) {
        problem(line(node), path, "filters on question '" + cited + "', which the code's questions do not have");
      }
    }
  }

  private Evidence evidence(Node node, Node parent, String path) {
    if (node == null) {
      problem(line(parent), path, "is missing; every requirement needs evidence: {source, where, measure}");
      return null;
    }
    Map<String, Node> f = mapping(node, path, "source", "where", "measure", "unit", "explain");
    if (f == null) {
      return null;
    }
    Source source = keyed(f, node, path, "source", Source.values(), Source::key);
    String where = optionalText(f, path, "where");
    String measure = requiredText(f, node, path, "measure");
    int before = problems.size();
    Unit unit = f.containsKey("unit") ? keyed(f, node, path, "unit", Unit.values(), Unit::key) : Unit.NUMBER;
    String explain = optionalText(f, path, "explain");
    if (explain != null) {
      var placeholder = Pattern.compile("\\{[^}]*\\}").matcher(explain);
      while (placeholder.find()) {
        String found = placeholder.group();
        if (!Evidence.PLACEHOLDERS.contains(found)) {
          problem(line(f.get("explain")), path + ".explain", "has the placeholder " + found
              + ", which is not one of " + Evidence.PLACEHOLDERS);
        } else if (found.equals("{n}") && unit != Unit.SHARE) {
          problem(line(f.get("explain")), path + ".explain", "uses {n}, the rows a share counts, but the unit is "
              + (unit == null ? "not valid" : unit.key()) + "; {n} needs unit: share");
        }
      }
    }
    if (source == null || measure == null || problems.size() != before) {
      return null;
    }
    if (where != null) {
      SqlExpressions.checkWhere(where, source)
          .forEach(p -> problem(line(f.get("where")), path + ".where", p.message()));
    }
    SqlExpressions.checkMeasure(measure, source)
        .forEach(p -> problem(line(f.get("measure")), path + ".measure", p.message()));
    if (problems.size() == before) {
      SqlExpressions.checkFolded(measure, where)
          .forEach(p -> problem(line(f.get("measure")), path + ".measure", p.message()));
    }
    return problems.size() == before ? new Evidence(source, where, measure, unit, explain) : null;
  }

  private ScoringRule scoring(Node node, Node parent, String path) {
    if (node == null) {
      problem(line(parent), path, "is missing; every requirement needs scoring: {method: ...}");
      return null;
    }
    Map<String, Node> f = mapping(node, path, "method", "met", "partial", "min", "max", "transform", "direction");
    if (f == null) {
      return null;
    }
    ScoringMethod method = keyed(f, node, path, "method", ScoringMethod.values(), ScoringMethod::key);
    if (method == null) {
      return null;
    }
    Double met = number(f, node, path, "met", method == ScoringMethod.THRESHOLD);
    Double partial = number(f, node, path, "partial", method == ScoringMethod.THRESHOLD);
    boolean bounded = method == ScoringMethod.GOALPOSTS;
    Double min = number(f, node, path, "min", bounded);
    Double max = number(f, node, path, "max", bounded);
    String transform = optionalText(f, path, "transform");
    String direction = optionalText(f, path, "direction");
    int before = problems.size();
    if (method == ScoringMethod.THRESHOLD && met != null && partial != null && partial > met) {
      problem(line(f.get("partial")), path + ".partial", "must not be above met (" + met + "), found " + partial);
    }
    if (method != ScoringMethod.THRESHOLD) {
      for (String key : List.of("met", "partial")) {
        if (f.containsKey(key)) {
          problem(line(f.get(key)), path + "." + key, key + " applies only to the threshold method, not " + method.key());
        }
      }
    }
    if (method == ScoringMethod.THRESHOLD || method == ScoringMethod.BOOLEAN) {
      for (String key : List.of("min", "max", "transform", "direction")) {
        if (f.containsKey(key)) {
          problem(line(f.get(key)), path + "." + key, key + " applies only to the linear and goalposts methods, not " + method.key());
        }
      }
    }
    if ((min == null) != (max == null) && method == ScoringMethod.LINEAR) {
      problem(line(node), path, "give both min and max, or neither (then the lowest and highest forces set them)");
    }
    if (min != null && max != null && min >= max) {
      problem(line(f.get("max")), path + ".max", "must be greater than min (" + min + "), found " + max);
    }
    if (transform != null && !transform.equals("log10")) {
      problem(line(f.get("transform")), path + ".transform", "unknown transform '" + transform + "'; expected log10");
    }
    boolean log10 = "log10".equals(transform);
    if (log10 && min != null && min <= 0) {
      problem(line(f.get("min")), path + ".min", "the log10 transform needs min above 0 (log of zero or less is undefined), found " + min);
    }
    if (direction != null && !direction.equals("lower_is_better") && !direction.equals("higher_is_better")) {
      problem(line(f.get("direction")), path + ".direction", "unknown direction '" + direction + "'; expected higher_is_better or lower_is_better");
    }
    if (problems.size() != before) {
      return null;
    }
    return new ScoringRule(method, met, partial, min, max, log10, "lower_is_better".equals(direction));
  }

  // --- YAML helpers: each reports its own problems and returns null on failure ---

  /** The fields of a mapping, reporting keys that are not in {@code allowed}. */
  private Map<String, Node> fields(MappingNode node, String path, String... allowed) {
    Map<String, Node> fields = new LinkedHashMap<>();
    List<String> keys = Arrays.asList(allowed);
    for (NodeTuple tuple : node.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      String at = path.isEmpty() ? key : path + "." + key;
      if (!keys.contains(key)) {
        problem(line(tuple.getKeyNode()), at, "unknown key '" + key + "'; expected one of " + keys);
      } else if (fields.containsKey(key)) {
        problem(line(tuple.getKeyNode()), at, "the key '" + key + "' is given twice");
      } else {
        fields.put(key, tuple.getValueNode());
      }
    }
    return fields;
  }

  private Map<String, Node> mapping(Node node, String path, String... allowed) {
    if (node instanceof MappingNode m) {
      return fields(m, path, allowed);
    }
    problem(line(node), path, "must be a mapping with keys " + Arrays.asList(allowed));
    return null;
  }

  private List<Node> sequence(Node node, String path, Node parent, boolean required) {
    if (node == null) {
      if (required) {
        problem(parent == null ? 0 : line(parent), path, "is missing; it must list at least one entry");
      }
      return List.of();
    }
    if (node instanceof SequenceNode s) {
      if (required && s.getValue().isEmpty()) {
        problem(line(node), path, "is empty; it must list at least one entry");
      }
      return s.getValue();
    }
    problem(line(node), path, "must be a list (each entry starting with '- ')");
    return List.of();
  }

  private String requiredText(Map<String, Node> f, Node parent, String path, String key) {
    String value = optionalText(f, path, key);
    if (value == null && !f.containsKey(key)) {
      problem(line(parent), join(path, key), "is missing");
    } else if (value != null && value.isBlank()) {
      problem(line(f.get(key)), join(path, key), "is empty");
      return null;
    }
    return value;
  }

  private String optionalText(Map<String, Node> f, String path, String key) {
    Node node = f.get(key);
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode s) {
      return s.getValue().strip();
    }
    problem(line(node), join(path, key), "must be a single value, not a list or mapping");
    return null;
  }

  private String id(Map<String, Node> f, Node parent, String path) {
    String id = requiredText(f, parent, path, "id");
    if (id != null && !ID.matcher(id).matches()) {
      problem(line(f.get("id")), path + ".id", "'" + id + "' is not a valid id; use letters, digits, '-', '_' or '.', starting with a letter (at most 40)");
      return null;
    }
    return id;
  }

  private Double weight(Map<String, Node> f, Node parent, String path) {
    if (!f.containsKey("weight")) {
      return 1.0;
    }
    Double weight = number(f, parent, path, "weight", true);
    if (weight != null && !(weight > 0)) {
      problem(line(f.get("weight")), path + ".weight", "must be greater than 0, found " + weight + "; remove a requirement instead of weighting it 0");
      return null;
    }
    return weight;
  }

  private Double number(Map<String, Node> f, Node parent, String path, String key, boolean required) {
    String text = optionalText(f, path, key);
    if (text == null) {
      if (required && !f.containsKey(key)) {
        problem(line(parent), join(path, key), "is missing");
      }
      return null;
    }
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(line(f.get(key)), join(path, key), "must be a number, found '" + text + "'");
    return null;
  }

  private void inUnitInterval(Node node, String path, double value) {
    if (value < 0 || value > 1) {
      problem(line(node), path, "must be between 0 and 1 (scores are in [0, 1]), found " + value);
    }
  }

  private <E> E keyed(Map<String, Node> f, Node parent, String path, String key, E[] values,
      java.util.function.Function<E, String> keyOf) {
    String text = requiredText(f, parent, path, key);
    if (text == null) {
      return null;
    }
    for (E value : values) {
      if (keyOf.apply(value).equals(text)) {
        return value;
      }
    }
    List<String> allowed = Arrays.stream(values).map(keyOf).toList();
    String what = switch (key) {
      case "method" -> "scoring method";
      case "missing" -> "missing policy";
      case "source" -> "evidence source";
      case "type" -> "question type";
      default -> key.replace('_', ' ');
    };
    problem(line(f.get(key)), join(path, key), "unknown " + what + " '" + text + "'; expected one of " + allowed);
    return null;
  }

  private <E extends Enum<E>> E enumValue(Map<String, Node> f, String path, String key, Class<E> type, E fallback) {
    String text = optionalText(f, path, key);
    if (text == null) {
      return fallback;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
        return value;
      }
    }
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    problem(line(f.get(key)), join(path, key), "unknown " + key + " '" + text + "'; expected one of " + allowed);
    return null;
  }

  private List<String> textList(Node node, String path) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof SequenceNode s) {
      List<String> values = new ArrayList<>();
      for (Node item : s.getValue()) {
        if (item instanceof ScalarNode scalar) {
          values.add(scalar.getValue().strip());
        } else {
          problem(line(item), path, "entries must be single values");
        }
      }
      return values;
    }
    problem(line(node), path, "must be a list, e.g. [A, B]");
    return List.of();
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static int line(Node node) {
    return node == null ? 0 : node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
  }

  private void problem(int line, String path, String message) {
    problems.add(new CodeProblem(line, path, message));
  }
}
