package gonghui.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one way a list leaves the system as Excel: an .xlsx written to a stream while the rows are read, so a list of a
 * million members needs no more memory than one of ten. Each sheet has a bold header row that stays in view, column
 * widths, and cells that a spreadsheet cannot run: text that would start a formula is written with a leading
 * apostrophe.
 *
 * <pre>{@code
 * Spreadsheet.download(response, "督办事项.xlsx", book -> {
 *     Spreadsheet.Sheet sheet = book.sheet("督办事项", List.of(Column.of("督办事项", 40), Column.of("状态")));
 *     tasks.forEach(t -> sheet.add(t.title(), t.status()));
 * });
 * }</pre>
 */
public final class Spreadsheet implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel keeps at most this many characters in a cell. */
    static final int MAX_CELL_LENGTH = 32_767;

    private static final int FLUSH_EVERY = 5_000;
    private static final String FORMULA_STARTS = "=+-@＝＋－＠";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Workbook workbook;
    private Sheet current;

    private Spreadsheet(OutputStream out) {
        this.workbook = new Workbook(out, "Gonghui", "1.0");
    }

    /** A workbook written to {@code out}; close it to finish the file. */
    public static Spreadsheet writeTo(OutputStream out) {
        return new Spreadsheet(out);
    }

    /** Streams a workbook to the response as a download named {@code fileName}. */
    public static void download(HttpServletResponse response, String fileName, Consumer<Spreadsheet> content) {
        Downloads.send(response, fileName, CONTENT_TYPE, out -> {
            try (Spreadsheet spreadsheet = writeTo(out)) {
                content.accept(spreadsheet);
            }
        });
    }

    /** Starts the next sheet, with the header in its first row; the sheet before it is finished. */
    public Sheet sheet(String name, List<Column> columns) {
        return sheet(name, null, columns, 0);
    }

    /**
     * Starts the next sheet with a bold title in its first row and the header in its third (when {@code title} is not
     * null), keeping the header and the first {@code frozenColumns} columns in view.
     */
    public Sheet sheet(String name, String title, List<Column> columns, int frozenColumns) {
        finishCurrent();
        current = new Sheet(workbook.newWorksheet(sheetName(name)), title, columns, frozenColumns);
        return current;
    }

    @Override
    public void close() {
        try {
            finishCurrent();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishCurrent() {
        if (current != null) {
            try {
                current.sheet.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            current = null;
        }
    }

    /**
     * Cell text made safe for spreadsheets: "=1+1" becomes "'=1+1", and so does text that starts with +, -, @, their
     * full-width forms (＝＋－＠, which Chinese spreadsheets read as formulas too), any of them after leading spaces, or
     * a tab or carriage return (OWASP CSV injection). Used for CSV files as well.
     */
    public static String neutralize(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return "'" + text;
        }
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        if (i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String sheetName(String name) {
        String safe = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }

    /** A column: its header and width in characters. */
    public record Column(String header, double width) {

        public static Column of(String header, double width) {
            return new Column(header, width);
        }

        public static Column of(String header) {
            return new Column(header, 14);
        }
    }

    /** One sheet, written row by row. */
    public static final class Sheet {

        private final Worksheet sheet;
        private int row;

        private Sheet(Worksheet sheet, String title, List<Column> columns, int frozenColumns) {
            this.sheet = sheet;
            int last = Math.max(0, columns.size() - 1);
            if (title != null) {
                sheet.inlineString(0, 0, neutralize(title));
                sheet.range(0, 0, 0, 0).style().bold().set();
                row = 2;
            }
            for (int i = 0; i < columns.size(); i++) {
                sheet.inlineString(row, i, neutralize(columns.get(i).header()));
                sheet.width(i, columns.get(i).width());
            }
            sheet.range(row, 0, row, last).style().bold().set();
            row++;
            sheet.freezePane(frozenColumns, row);
        }

        /** Adds a row: numbers as numbers, dates as 2024年7月22日, null as an empty cell, anything else as text. */
        public Sheet add(Object... cells) {
            return add(java.util.Arrays.asList(cells));
        }

        /** Adds a row: numbers as numbers, dates as 2024年7月22日, null as an empty cell, anything else as text. */
        public Sheet add(List<?> cells) {
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value instanceof Number number) {
                    sheet.value(row, i, number);
                } else if (value instanceof LocalDate date) {
                    sheet.inlineString(row, i, CHINESE_DATE.format(date));
                } else if (value != null) {
                    String text = neutralize(value.toString());
                    if (!text.isEmpty()) {
                        sheet.inlineString(
                                row, i, text.length() > MAX_CELL_LENGTH ? text.substring(0, MAX_CELL_LENGTH) : text);
                    }
                }
            }
            row++;
            if (row % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }
    }
}
