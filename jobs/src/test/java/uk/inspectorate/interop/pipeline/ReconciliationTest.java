package uk.inspectorate.interop.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.inspectorate.interop.ingest.RawInput;
import uk.inspectorate.interop.validate.DataQualityRow;

class ReconciliationTest {
  static final RawInput.InputFile EMPTY = new RawInput.InputFile("inventory/empty.csv", "empty file",
      RawInput.Reading.EMPTY, List.of(), null);

  @Test
  void rowsThatAppearFromNowhereStopTheRun() {
    List<DataQualityRow> quality = List.of(
        new DataQualityRow("inventory", "inventory/empty.csv", "E23000013", 3, 2, 1, "unknown_force=1"));
    assertThatThrownBy(() -> IngestStage.reconcile(List.of(EMPTY), quality))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Rows do not reconcile for inventory/empty.csv: 0 records read but 3 used or rejected");
  }

  @Test
  void anEmptyFileWithNoRowsReconciles() {
    assertThatCode(() -> IngestStage.reconcile(List.of(EMPTY), List.of())).doesNotThrowAnyException();
  }
}
