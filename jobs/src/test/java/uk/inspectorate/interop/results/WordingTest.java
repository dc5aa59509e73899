package uk.inspectorate.interop.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.code.Question;
import uk.inspectorate.interop.code.QuestionType;
import uk.inspectorate.interop.score.CrossCheck;
import uk.inspectorate.interop.score.Status;

/** One rounding rule and one set of words for every number, date and change a reader sees. */
class WordingTest {
  @Test
  void wholePercentagesRoundFromTheTenthTheCellsShow() {
    // 0.575 is 0.57499999... in binary; the cell shows 57.5%, so every sentence says 58%
    assertThat(Wording.score(0.575)).isEqualTo("57.5%");
    assertThat(Wording.percent(0.575)).isEqualTo("58%");
    // 0.1875 computed as 0.18749999999999997 reads as the published 0.1875, halves away from zero
    assertThat(Wording.score(0.75 * 0.25 - 1e-17)).isEqualTo("18.8%");
    assertThat(Wording.points(-0.015)).isEqualTo("\u22122 points");
    assertThat(Wording.difference(-0.0004)).isEqualTo(0.0).hasToString("0.0");
    assertThat(Wording.difference(-0.0006)).isEqualTo(-0.001);
    assertThat(Wording.difference(null)).isNull();
  }

  @Test
  void changesSayTheirDirectionWithOnePointSingular() {
    assertThat(Wording.points(0.01)).isEqualTo("+1 point");
    assertThat(Wording.points(0.004)).isEqualTo("no change");
    assertThat(Wording.pointsToTenth(0.041)).isEqualTo("+4.1 points");
    assertThat(Wording.pointsToTenth(-0.02)).isEqualTo("\u22122.0 points");
    assertThat(Wording.gap(0.0004)).isEqualTo("level");
    assertThat(Wording.against(-0.017)).isEqualTo("1.7 points below it");
    assertThat(Wording.against(0.0)).isEqualTo("level with it");
    assertThat(Wording.compared(0.12)).isEqualTo("12 points above");
    assertThat(Wording.compared(-0.01)).isEqualTo("1 point below");
    assertThat(Wording.compared(0.001)).isEqualTo("level with");
    assertThat(Wording.movement(0.03)).isEqualTo("up 3 points on");
    assertThat(Wording.movement(-0.01)).isEqualTo("down 1 point on");
    assertThat(Wording.movement(0)).isEqualTo("unchanged from");
    assertThat(Wording.risen(-0.01)).isEqualTo("fallen 1 point");
    assertThat(Wording.risen(0)).isEqualTo("not changed");
    assertThat(Wording.signedPoints(0.04)).isEqualTo("+4");
    assertThat(Wording.signedPoints(-0.12)).isEqualTo("\u221212");
    assertThat(Wording.signedPoints(0.001)).isEqualTo("0");
  }

  @Test
  void answersReadInTheirQuestionsTerms() {
    Question likert = new Question("Q1", "How much?", QuestionType.LIKERT_0_4, List.of());
    Question choice = new Question("Q2", "Which?", QuestionType.CHOICE, List.of("none", "some", "all"));
    Question yesNo = new Question("Q3", "Is it?", QuestionType.YES_NO, List.of());
    assertThat(Wording.answer(likert, 3)).isEqualTo("3 of 4");
    assertThat(Wording.answer(choice, 1)).isEqualTo("some");
    assertThat(Wording.answer(choice, 7)).isEqualTo("7");
    assertThat(Wording.answer(yesNo, 0)).isEqualTo("no");
    assertThat(Wording.answer(null, 2.5)).isEqualTo("2.5");
  }

  @Test
  void datesQuartersAndWords() {
    assertThat(Wording.longDate(LocalDate.of(2026, 3, 31))).isEqualTo("31 March 2026");
    assertThat(Wording.quarterOfYearAfter(LocalDate.of(2026, 3, 31), 3)).isEqualTo("Oct\u2013Dec 2026");
    assertThat(Wording.quarterOfYearAfter(LocalDate.of(2025, 11, 30), 1)).isEqualTo("Dec 2025\u2013Feb 2026");
    assertThat(Wording.quarterOfYearAfter(LocalDate.of(2025, 3, 15), 1)).isEqualTo("16 Mar\u201315 Jun 2025");
    assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 103).stream().map(Wording::ordinal))
        .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "103rd");
    assertThat(Wording.quarter(1)).isEqualTo("top quarter");
    assertThat(Wording.quarter(4)).isEqualTo("bottom quarter");
    assertThat(Wording.joined(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    assertThat(Wording.joined(List.of("A"))).isEqualTo("A");
    assertThat(Wording.lowerFirst("Core records")).isEqualTo("core records");
    assertThat(Wording.lowerFirst("NEP identity")).isEqualTo("NEP identity");
    assertThat(Wording.category("end_user_device")).isEqualTo("End user device");
    assertThat(Wording.category(" ")).isEqualTo("Uncategorised");
    assertThat(Wording.status(Status.NO_EVIDENCE)).isEqualTo("No evidence");
    assertThat(Wording.crossCheck(CrossCheck.CONTRADICTED)).isEqualTo("Contradicted");
    assertThat(Wording.crossCheck(null)).isEmpty();
    assertThat(Wording.number(2.0)).isEqualTo("2");
    assertThat(Wording.number(1.5)).isEqualTo("1.5");
  }
}
