package gonghui.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one sheet of text rows to an .xlsx as a stream: cells are inline strings (no shared-string table growing with
 * the row count), neutralised against formula injection, and flushed every few thousand rows.
 */
final class SheetWriter implements AutoCloseable {

    private static final int FLUSH_EVERY = 5_000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    SheetWriter(OutputStream out, String sheetName, List<String> headers, double... widths) {
        this.workbook = new Workbook(out, "Gonghui", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        for (int i = 0; i < headers.size(); i++) {
            sheet.inlineString(0, i, headers.get(i));
            sheet.width(i, i < widths.length ? widths[i] : 14);
        }
        sheet.range(0, 0, 0, Math.max(0, headers.size() - 1)).style().bold().set();
        sheet.freezePane(0, 1);
        row = 1;
    }

    void add(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text != null && !text.isEmpty()) {
                sheet.inlineString(row, i, SpreadsheetText.neutralize(text));
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
    }

    @Override
    public void close() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
