package gonghui.roster;

import gonghui.access.CurrentUser;
import gonghui.document.Downloads;
import gonghui.document.Spreadsheet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The refused rows of an import as an .xlsx: the file's own header and cells, plus a 错误原因 column, so the cadre
 * fixes the rows and imports this very file (the reason column is not a roster column and is ignored).
 */
@Component
record ErrorWorkbook(RosterImport imports) {

    static final String REASON_HEADER = "错误原因";

    /** Sends the workbook as a download named after the imported file. */
    void send(long importId, CurrentUser user, HttpServletResponse response) {
        ImportJob job = imports.get(importId, user);
        Downloads.send(
                response,
                "错误行-" + job.fileName().replaceAll("\\.[^.]*$", "") + ".xlsx",
                Spreadsheet.CONTENT_TYPE,
                out -> write(importId, user, out));
    }

    void write(long importId, CurrentUser user, OutputStream out) {
        ImportJob job = imports.get(importId, user);
        List<String> headers = new ArrayList<>(job.headers());
        int width = headers.size();
        headers.add(REASON_HEADER);
        try (Spreadsheet workbook = Spreadsheet.writeTo(out)) {
            Spreadsheet.Sheet sheet = workbook.sheet(
                    "错误行", headers.stream().map(Spreadsheet.Column::of).toList());
            imports.forEachRejectedRow(importId, user, (rowNumber, cells, reasons) -> {
                List<String> line = new ArrayList<>(width + 1);
                for (int i = 0; i < width; i++) {
                    line.add(i < cells.size() ? cells.get(i) : "");
                }
                line.add("第" + rowNumber + "行：" + reasons);
                sheet.add(line);
            });
        }
    }
}
