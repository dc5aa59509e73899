package uk.inspectorate.interop.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Measures read in their own units in reasons and reports. */
class UnitTest {
  @Test
  void eachUnitReadsAsAPersonWouldWriteIt() {
    assertThat(Unit.SHARE.format(0.7368)).isEqualTo("74%");
    assertThat(Unit.SHARE.format(1.0)).isEqualTo("100%");
    assertThat(Unit.PERCENT.format(87.25)).isEqualTo("87.3%");
    assertThat(Unit.COUNT.format(1234)).isEqualTo("1,234");
    assertThat(Unit.DAYS.format(1)).isEqualTo("1 day");
    assertThat(Unit.DAYS.format(12.5)).isEqualTo("12.5 days");
    assertThat(Unit.YEARS.format(3.04)).isEqualTo("3 years");
    assertThat(Unit.GBP.format(1249.6)).isEqualTo("£1,250");
    assertThat(Unit.YES_NO.format(1.0)).isEqualTo("yes");
    assertThat(Unit.YES_NO.format(0.0)).isEqualTo("no");
    assertThat(Unit.NUMBER.format(0.35)).isEqualTo("0.35");
    assertThat(Unit.NUMBER.format(-0.0001)).isEqualTo("0");
  }
}
