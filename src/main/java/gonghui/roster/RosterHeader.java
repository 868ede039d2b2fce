package gonghui.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header row of a roster: which cell holds which column, and the header texts as the file wrote them (for error
 * messages and the error workbook). Title rows above the header (e.g. "某某工会会员名册") are skipped.
 */
record RosterHeader(long rowNumber, List<String> texts, Map<RosterColumn, Integer> columns) {

    /** How many rows at the top of a sheet may come before the header. */
    static final int SEARCH_ROWS = 10;

    /** The header if this row names at least the required columns, else empty. */
    static Optional<RosterHeader> of(SourceRow row) {
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.formulaColumns().contains(i)) {
                continue;
            }
            int index = i;
            RosterColumn.ofHeader(row.cell(i)).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        if (!columns.containsKey(RosterColumn.NAME) || !columns.containsKey(RosterColumn.ID_NUMBER)) {
            return Optional.empty();
        }
        return Optional.of(new RosterHeader(row.number(), List.copyOf(row.cells()), columns));
    }

    /** Reads past title rows to the header; refuses the file when there is none near the top. */
    static RosterHeader find(RosterRows rows) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < SEARCH_ROWS; i++) {
            SourceRow row = rows.next();
            if (row == null) {
                break;
            }
            Optional<RosterHeader> header = of(row);
            if (header.isPresent()) {
                return header.get();
            }
            if (!row.isBlank()) {
                seen.add(row.cells().stream().filter(c -> !c.isBlank()).limit(8).collect(Collectors.joining("、")));
            }
        }
        throw new RosterFileException("前" + SEARCH_ROWS + "行中找不到表头：至少需要“姓名”和“身份证号”两列"
                + (seen.isEmpty() ? "（文件中没有内容）" : "，文件开头是：" + String.join(" / ", seen)));
    }

    /** Rebuilds a header from the texts stored with a job. */
    static RosterHeader ofTexts(long rowNumber, List<String> texts) {
        return of(new SourceRow(rowNumber, texts, java.util.Set.of())).orElseThrow();
    }

    int indexOf(RosterColumn column) {
        return columns.getOrDefault(column, -1);
    }

    /** The header text for the column as in the file, or its standard header when the file has no such column. */
    String textOf(RosterColumn column) {
        Integer index = columns.get(column);
        return index == null ? column.header() : texts.get(index).strip();
    }
}
