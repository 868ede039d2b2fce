package gonghui.roster;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.account.AuditAction;
import gonghui.account.AuditLog;
import gonghui.document.Downloads;
import gonghui.document.Spreadsheet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The refused rows of an import as an .xlsx: the file's own header and cells, plus a 错误原因 column, so the cadre
 * fixes the rows and imports this very file (the reason column is not a roster column and is ignored). Refused rows
 * hold personal numbers as typed: they follow the export's rules — in full only for roles that may see full numbers,
 * masked otherwise — and every download is written to the audit log.
 */
@Component
record ErrorWorkbook(RosterImport imports, AuditLog auditLog) {

    private static final Set<RosterColumn> PERSONAL_NUMBERS = EnumSet.of(RosterColumn.ID_NUMBER, RosterColumn.MOBILE);

    static final String REASON_HEADER = "错误原因";

    /** Sends the workbook as a download named after the imported file. */
    void send(long importId, CurrentUser user, HttpServletResponse response) {
        ImportJob job = imports.get(importId, user);
        boolean full = user.may(Capability.VIEW_PERSONAL_DATA);
        auditLog.record(
                user,
                AuditAction.EXPORTED_PERSONAL_DATA,
                "member-import-errors",
                String.valueOf(importId),
                full ? "full numbers" : "masked numbers");
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
        boolean[] masked = new boolean[width];
        if (!user.may(Capability.VIEW_PERSONAL_DATA)) {
            for (int i = 0; i < width; i++) {
                masked[i] = RosterColumn.ofHeader(headers.get(i))
                        .filter(PERSONAL_NUMBERS::contains)
                        .isPresent();
            }
        }
        headers.add(REASON_HEADER);
        try (Spreadsheet workbook = Spreadsheet.writeTo(out)) {
            Spreadsheet.Sheet sheet = workbook.sheet(
                    "错误行", headers.stream().map(Spreadsheet.Column::of).toList());
            imports.forEachRejectedRow(importId, user, (rowNumber, cells, reasons) -> {
                List<String> line = new ArrayList<>(width + 1);
                for (int i = 0; i < width; i++) {
                    String cell = i < cells.size() ? cells.get(i) : "";
                    line.add(masked[i] ? mask(cell) : cell);
                }
                line.add("第" + rowNumber + "行：" + reasons);
                sheet.add(line);
            });
        }
    }

    /**
     * A number as typed, with all but its first two and last character hidden: enough to find the row, too little to
     * rebuild the number even beside the birth date.
     */
    static String mask(String typed) {
        String text = typed.strip();
        if (text.length() <= 3) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 2) + "*".repeat(text.length() - 3) + text.substring(text.length() - 1);
    }
}
