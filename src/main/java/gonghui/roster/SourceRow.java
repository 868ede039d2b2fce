package gonghui.roster;

import java.util.List;
import java.util.Set;

/**
 * One row of a roster file as it was: its row number as a spreadsheet shows it, the cell texts, and the columns whose
 * cells held a formula.
 */
record SourceRow(long number, List<String> cells, Set<Integer> formulaColumns) {

    String cell(int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return formulaColumns.isEmpty();
    }
}
