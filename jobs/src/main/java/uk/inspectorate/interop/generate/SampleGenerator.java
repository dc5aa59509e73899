package uk.inspectorate.interop.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import uk.inspectorate.interop.code.NetworkCode;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.code.Source;
import uk.inspectorate.interop.generate.PlannedDefects.InventoryDefect;
import uk.inspectorate.interop.generate.PlannedDefects.ReturnDefect;
import uk.inspectorate.interop.ingest.Force;

/**
 * Writes a synthetic but realistic input set for one assessment year: the technology inventory,
 * the survey returns (long form), the workforce survey and the indicators national systems compute
 * about each force ({@link NationalIndicators}), under {@code <data>/<year>/}.
 *
 * <p>Each force's traits and estate come from its force code alone, and each year's estate is
 * simulated on from the same starting point, so consecutive years tell one story: most forces
 * improve a little, a few stand still or decline, and systems pass their end of support. The seed
 * varies only the survey answers' noise, the comments, the workforce respondents and the yearly
 * noise of the national indicators. The same arguments always give byte-identical files.
 *
 * <p>Rows are streamed to disk, so any scale runs in bounded memory; at scale 1 each input is one
 * file, at larger scales the inventory and workforce survey are split into numbered files of at
 * most {@value #MAX_ROWS_PER_FILE} rows. Two forces send their inventory as their own asset
 * tool's export instead ({@link InventoryExport}), one file each whatever the scale, so that the
 * reader's tolerance of other encodings, delimiters and headers is exercised. A few defects are
 * planted on purpose every year (see {@link GenerationSummary#defects()}).
 */
public final class SampleGenerator {
  public static final int MAX_ROWS_PER_FILE = 250_000;
  public static final List<String> RETURNS_HEADER =
      List.of("force_code", "question_id", "answer", "comment", "respondent_role", "submitted_on");
  public static final List<String> WORKFORCE_HEADER =
      List.of("force_code", "respondent_id", "role", "question_id", "answer", "submitted_on");
  /** The inventory columns, in contract order. */
  public static final List<String> INVENTORY_HEADER = Asset.HEADER;

  private static final List<String> RESPONDENT_ROLES = List.of("Chief Digital Officer", "Head of ICT",
      "Chief Information Officer", "Director of Information", "Head of Digital Services",
      "Information Management Lead");
  private static final List<String> WORKFORCE_ROLES = List.of("officer", "staff", "pcso", "volunteer");
  private static final double[] WORKFORCE_ROLE_SHARES = {0.55, 0.33, 0.08};

  private final long maxRowsPerFile;
  private final List<InventoryExport> exports;
  private boolean workbookReturns;

  public SampleGenerator() {
    this(MAX_ROWS_PER_FILE);
  }

  /** A generator that splits files at a smaller size, so tests can see the split. */
  SampleGenerator(long maxRowsPerFile) {
    this(maxRowsPerFile, List.of(InventoryExport.values()));
  }

  /**
   * A generator that writes only the given exports, the rows of every other force going to the
   * main inventory file, so tests can compare an export with the rows it replaces.
   */
  SampleGenerator(long maxRowsPerFile, List<InventoryExport> exports) {
    this.maxRowsPerFile = maxRowsPerFile;
    this.exports = List.copyOf(exports);
  }

  /**
   * Sends most forces' survey returns as filled-in return workbooks ({@code returns/<slug>.xlsx},
   * made by the template and filled in as a force would), as in the committed samples. The
   * forces whose returns carry a planted defect, and those whose code ends in 1, still send the
   * long-form CSV, so that both formats are exercised. Off by default: everything in CSV.
   */
  public SampleGenerator withWorkbookReturns(boolean on) {
    this.workbookReturns = on;
    return this;
  }

  /** The seed the sample data uses when none is given: 20250331 for 2025. */
  public static long defaultSeed(int year) {
    return year * 10_000L + 331;
  }

  /** The assessment date of a year: 31 March, the end of the financial year. */
  public static LocalDate asOf(int year) {
    return LocalDate.of(year, 3, 31);
  }

  /**
   * Writes the inputs of {@code year} under {@code dataDir/year}, replacing the files an earlier
   * run wrote there (other files are left alone).
   *
   * @param scale multiplies inventory assets and workforce respondents per force; 1 is the sample size
   * @param code its questions whose id starts with {@code Q} make the survey return, those with
   *     {@code W} the workforce survey
   * @param forces the forces to generate for; a force the generator does not know gets a platform
   *     and traits drawn from its code
   */
  public GenerationSummary generate(Path dataDir, int year, int scale, long seed, NetworkCode code,
      List<Force> forces) throws IOException {
    check(year, scale, forces);
    Path yearFolder = dataDir.resolve(Integer.toString(year));
    List<Force> ordered = forces.stream().sorted(Comparator.comparing(Force::code)).toList();
    List<ForceProfile> profiles = ordered.stream().map(f -> ForceProfile.of(f, ordered)).toList();
    PlannedDefects defects = PlannedDefects.forYear(year, ordered.stream().map(Force::code).toList());
    Run run = new Run(yearFolder, year, scale, seed, defects, code);
    Map<String, EstateStats> estates = run.writeInventory(profiles);
    SurveyModel survey = new SurveyModel(code);
    run.writeReturns(profiles, estates, survey, questions(code, Question.Audience.FORCE));
    List<Question> workforceQuestions = questions(code, Question.Audience.WORKFORCE);
    if (!workforceQuestions.isEmpty()) {
      run.writeWorkforce(profiles, survey, workforceQuestions);
    }
    run.writeIndicators(profiles);
    return new GenerationSummary(yearFolder, year, scale, seed, run.files, run.rows, run.planted);
  }

  private static void check(int year, int scale, List<Force> forces) {
    if (year <= ForceProfile.FIRST_YEAR || year > ForceProfile.LAST_YEAR) {
      throw new IllegalArgumentException("Cannot generate year " + year + ": the estate is simulated from "
          + ForceProfile.FIRST_YEAR + ", so give a year from " + (ForceProfile.FIRST_YEAR + 1) + " to "
          + ForceProfile.LAST_YEAR);
    }
    if (scale < 1) {
      throw new IllegalArgumentException("Cannot generate at scale " + scale + ": the scale multiplies rows per force, "
          + "so give 1 (the sample size) or more");
    }
    if (forces.isEmpty()) {
      throw new IllegalArgumentException("Cannot generate inputs: the force registry lists no forces");
    }
  }

  private static List<Question> questions(NetworkCode code, Question.Audience audience) {
    return code.questions().stream().filter(q -> q.audience() == audience).toList();
  }

  /** One generation run: where it writes and what it has written so far. */
  private final class Run {
    private final Path yearFolder;
    private final int year;
    private final int scale;
    private final long seed;
    private final LocalDate asOf;
    private final PlannedDefects defects;
    private final List<Path> files = new ArrayList<>();
    private final Map<Source, Long> rows = new EnumMap<>(Source.class);
    private final List<PlannedDefect> planted = new ArrayList<>();

    private final NetworkCode code;

    Run(Path yearFolder, int year, int scale, long seed, PlannedDefects defects, NetworkCode code) {
      this.code = code;
      this.yearFolder = yearFolder;
      this.year = year;
      this.scale = scale;
      this.seed = seed;
      this.asOf = asOf(year);
      this.defects = defects;
    }

    Map<String, EstateStats> writeInventory(List<ForceProfile> profiles) throws IOException {
      Map<String, EstateStats> estates = new TreeMap<>();
      List<String> forceCodes = profiles.stream().map(ForceProfile::code).toList();
      InventoryOutput out = new InventoryOutput(yearFolder.resolve(Source.INVENTORY.key()), Source.INVENTORY.key(),
          maxRowsPerFile, scale > 1, forceCodes, exports);
      try (out) {
        for (ForceProfile profile : profiles) {
          estates.put(profile.code(), writeEstate(new EstateModel(profile), out.forForce(profile.code())));
        }
      }
      files.addAll(out.files());
      rows.put(Source.INVENTORY, out.rows());
      return estates;
    }

    /**
     * Writes one force's assets. Row defects go on the force's first non-core assets at scale 1,
     * after the first one, which stays clean so that it can be repeated as the duplicate.
     */
    private EstateStats writeEstate(EstateModel estate, RowSink out) throws IOException {
      ForceProfile profile = estate.profile();
      EstateStats stats = new EstateStats();
      List<InventoryDefect> planned = defects.inventory(profile.code());
      ArrayDeque<InventoryDefect> inRow = new ArrayDeque<>(
          planned.stream().filter(d -> !d.extraRow()).toList());
      List<String> clean = null;
      long slots = (long) estate.templateCount() * scale;
      for (long slot = 0; slot < slots; slot++) {
        Optional<Asset> asset = estate.asset(slot, asOf);
        if (asset.isEmpty()) {
          continue;
        }
        stats.add(asset.get(), asOf);
        List<String> record = asset.get().toRecord();
        boolean target = slot < estate.templateCount() && !estate.template(slot).core();
        InventoryDefect defect = null;
        if (target && clean == null) {
          clean = List.copyOf(record);
        } else if (target && !inRow.isEmpty()) {
          defect = inRow.poll();
          defect.plant(record, year);
        }
        RowSink.Position position = out.write(record);
        if (defect != null) {
          plant(Source.INVENTORY, position, profile.code(), defect.describe(year), defect.expected);
        }
      }
      for (InventoryDefect defect : planned) {
        if (defect.extraRow() && clean != null) {
          List<String> record = new ArrayList<>(clean);
          defect.plant(record, year);
          plant(Source.INVENTORY, out.write(record), record.get(0),
              defect.describe(year) + " (asset " + record.get(Asset.ASSET_ID) + ")", defect.expected);
        }
      }
      return stats;
    }

    void writeReturns(List<ForceProfile> profiles, Map<String, EstateStats> estates, SurveyModel survey,
        List<Question> questions) throws IOException {
      Path folder = yearFolder.resolve(Source.RETURNS.key());
      deleteWorkbooks(folder);
      try (CsvOutput out = new CsvOutput(folder, Source.RETURNS.key(),
          RETURNS_HEADER, Long.MAX_VALUE, false)) {
        for (ForceProfile profile : profiles) {
          if (defects.missingReturn(profile.code())) {
            planted.add(new PlannedDefect(Source.RETURNS, Source.RETURNS.key() + "/returns.csv", 0, profile.code(),
                "no survey return at all from " + profile.force().name(),
                "no rows to reject: the force has no evidence for returns-sourced requirements"));
            continue;
          }
          if (workbookReturns && defects.returns(profile.code()).isEmpty() && !profile.code().endsWith("1")) {
            writeWorkbookReturn(profile, estates.get(profile.code()), survey, questions, folder);
          } else {
            writeReturn(profile, estates.get(profile.code()), survey, questions, out);
          }
        }
        finish(Source.RETURNS, out);
      }
    }

    /** The force's template, filled in with the same answers its CSV return would hold. */
    private void writeWorkbookReturn(ForceProfile profile, EstateStats estate, SurveyModel survey,
        List<Question> questions, Path folder) throws IOException {
      SplittableRandom random = Seeds.random(seed, profile.key(), year, Seeds.of("return"));
      String role = RESPONDENT_ROLES.get(random.nextInt(RESPONDENT_ROLES.size()));
      LocalDate submitted = asOf.minusDays(3 + random.nextInt(43));
      Map<String, Object> answers = new java.util.LinkedHashMap<>();
      Map<String, String> comments = new java.util.LinkedHashMap<>();
      for (Question question : questions) {
        SplittableRandom answerRandom = Seeds.random(seed, profile.key(), year, Seeds.of(question.id()));
        String answer = survey.answer(question, profile, estate, year, answerRandom);
        String comment = survey.comment(question, answerRandom);
        boolean numeric = switch (question.type()) {
          case LIKERT_0_4, PERCENT, NUMBER -> true;
          default -> false;
        };
        answers.put(question.id(), numeric ? (Object) Double.valueOf(answer) : answer);
        if (comment != null && !comment.isEmpty()) {
          comments.put(question.id(), comment);
        }
      }
      Path template = Files.createTempFile("return-template", ".xlsx");
      try {
        uk.inspectorate.interop.report.ReturnTemplate.write(code, profile.force(), year, template);
        Path file = folder.resolve(profile.force().slug() + ".xlsx");
        ReturnFiller.fill(template, file, role, submitted, answers, comments);
        files.add(file);
        rows.merge(Source.RETURNS, (long) questions.size(), Long::sum);
      } finally {
        Files.deleteIfExists(template);
      }
    }

    private void deleteWorkbooks(Path folder) throws IOException {
      if (!Files.isDirectory(folder)) {
        return;
      }
      try (var entries = Files.newDirectoryStream(folder, "*.xlsx")) {
        for (Path entry : entries) {
          Files.delete(entry);
        }
      }
    }

    private void writeReturn(ForceProfile profile, EstateStats estate, SurveyModel survey, List<Question> questions,
        CsvOutput out) throws IOException {
      SplittableRandom random = Seeds.random(seed, profile.key(), year, Seeds.of("return"));
      String role = RESPONDENT_ROLES.get(random.nextInt(RESPONDENT_ROLES.size()));
      String submitted = asOf.minusDays(3 + random.nextInt(43)).toString();
      List<ReturnDefect> planned = defects.returns(profile.code());
      for (Question question : questions) {
        SplittableRandom answerRandom = Seeds.random(seed, profile.key(), year, Seeds.of(question.id()));
        String answer = survey.answer(question, profile, estate, year, answerRandom);
        String comment = survey.comment(question, answerRandom);
        ReturnDefect defect = planted(planned, question, questions);
        if (defect == ReturnDefect.PERCENT_NOT_A_NUMBER) {
          answer = "n/a";
        } else if (defect == ReturnDefect.LIKERT_OUT_OF_RANGE) {
          answer = "7";
        }
        RowSink.Position position =
            out.write(List.of(profile.code(), question.id(), answer, comment, role, submitted));
        if (defect != null) {
          plant(Source.RETURNS, position, profile.code(), defect.description + " (" + question.id() + ")",
              defect.expected);
        }
      }
      if (planned.contains(ReturnDefect.UNKNOWN_QUESTION)) {
        String unknown = unusedQuestionId(questions);
        RowSink.Position position = out.write(List.of(profile.code(), unknown, "Yes",
            "Added by the force: not in the template", role, submitted));
        plant(Source.RETURNS, position, profile.code(),
            ReturnDefect.UNKNOWN_QUESTION.description + " (" + unknown + ")", ReturnDefect.UNKNOWN_QUESTION.expected);
      }
    }

    void writeWorkforce(List<ForceProfile> profiles, SurveyModel survey, List<Question> questions)
        throws IOException {
      try (CsvOutput out = new CsvOutput(yearFolder.resolve(Source.WORKFORCE.key()), Source.WORKFORCE.key(),
          WORKFORCE_HEADER, maxRowsPerFile, scale > 1)) {
        for (ForceProfile profile : profiles) {
          writeRespondents(profile, survey, questions, out);
        }
        finish(Source.WORKFORCE, out);
      }
    }

    /** About 20 respondents for the smallest force to 60 for the Met, times the scale. */
    private void writeRespondents(ForceProfile profile, SurveyModel survey, List<Question> questions, CsvOutput out)
        throws IOException {
      SplittableRandom random = Seeds.random(seed, profile.key(), year, Seeds.of("workforce"));
      long respondents = Math.round((20 + 40 * profile.size()) * scale);
      long firstNumber = 100_000 + random.nextInt(400_000);
      int stride = 3 + random.nextInt(27);
      LocalDate surveyOpened = LocalDate.of(year, 1, 6);
      for (long i = 0; i < respondents; i++) {
        String id = String.format(Locale.ROOT, "EMP-%06d", firstNumber + i * stride);
        String role = WORKFORCE_ROLES.get(roleIndex(random.nextDouble()));
        String submitted = surveyOpened.plusDays(random.nextInt(53)).toString();
        for (Question question : questions) {
          if (random.nextDouble() < 0.03) {
            continue;
          }
          String answer = survey.workforceAnswer(question, profile, year, random);
          out.write(List.of(profile.code(), id, role, question.id(), answer, submitted));
        }
      }
    }

    /**
     * Writes the indicators national systems compute about each force, one row a force and
     * indicator, leaving out the planned gaps. The file is the same at every scale.
     */
    void writeIndicators(List<ForceProfile> profiles) throws IOException {
      String file = Source.INDICATORS.key() + "/" + NationalIndicators.FILE_STEM + ".csv";
      try (CsvOutput out = new CsvOutput(yearFolder.resolve(Source.INDICATORS.key()), NationalIndicators.FILE_STEM,
          NationalIndicators.HEADER, Long.MAX_VALUE, false)) {
        for (ForceProfile profile : profiles) {
          for (NationalIndicators.Indicator indicator : NationalIndicators.Indicator.values()) {
            Optional<PlannedDefects.IndicatorGap> gap = defects.indicatorGap(profile.code(), indicator);
            if (gap.isPresent()) {
              planted.add(new PlannedDefect(Source.INDICATORS, file, 0, profile.code(),
                  "no " + indicator.key + " for " + profile.force().name() + ": " + gap.get().reason(),
                  "no row to reject: requirements reading " + indicator.key + " have no evidence for the force"));
              continue;
            }
            out.write(List.of(profile.code(), indicator.key, NationalIndicators.value(indicator, profile, year, seed)));
          }
        }
        finish(Source.INDICATORS, out);
      }
    }

    private void plant(Source input, RowSink.Position position, String forceCode, String description,
        String expected) {
      planted.add(new PlannedDefect(input, position.file(), position.line(), forceCode, description, expected));
    }

    private void finish(Source input, CsvOutput out) {
      files.addAll(out.files());
      rows.merge(input, out.rows(), Long::sum);
    }
  }

  /** The defect, if any, planned for this question: each goes on the first question of its type. */
  private static ReturnDefect planted(List<ReturnDefect> planned, Question question, List<Question> questions) {
    if (planned.contains(ReturnDefect.PERCENT_NOT_A_NUMBER) && question == first(questions, QuestionType.PERCENT)) {
      return ReturnDefect.PERCENT_NOT_A_NUMBER;
    }
    if (planned.contains(ReturnDefect.LIKERT_OUT_OF_RANGE) && question == first(questions, QuestionType.LIKERT_0_4)) {
      return ReturnDefect.LIKERT_OUT_OF_RANGE;
    }
    return null;
  }

  private static Question first(List<Question> questions, QuestionType type) {
    return questions.stream().filter(q -> q.type() == type).findFirst().orElse(null);
  }

  private static String unusedQuestionId(List<Question> questions) {
    for (int n = 99; ; n--) {
      String id = "Q" + n;
      if (questions.stream().noneMatch(q -> q.id().equals(id))) {
        return id;
      }
    }
  }

  private static int roleIndex(double u) {
    double cumulative = 0;
    for (int i = 0; i < WORKFORCE_ROLE_SHARES.length; i++) {
      cumulative += WORKFORCE_ROLE_SHARES[i];
      if (u < cumulative) {
        return i;
      }
    }
    return WORKFORCE_ROLES.size() - 1;
  }
}
