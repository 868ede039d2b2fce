package gonghui.roster;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.account.AuditAction;
import gonghui.account.AuditLog;
import gonghui.document.Spreadsheet;
import gonghui.member.MemberDirectory;
import gonghui.member.MemberExportRow;
import gonghui.member.MemberQuery;
import gonghui.member.MemberStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Exports a member list or search the user can see, as .xlsx or .csv, streamed row by row: the columns are the import
 * columns (an export can be imported again), numbers are masked unless the role may see them, and every export is
 * audited.
 */
@Service
record RosterExport(MemberDirectory directory, AuditLog auditLog, gonghui.organization.OrganizationTree tree) {

    static final String STATUS_HEADER = "会籍状态";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Refuses, before anything is written, a union outside the user's subtree (as if it did not exist). */
    void checkScope(MemberQuery query, CurrentUser user) {
        if (query.organizationId() != null) {
            tree.get(query.organizationId(), user);
        }
    }

    static List<String> headers() {
        List<String> headers = new ArrayList<>(RosterTemplate.headers());
        headers.add(STATUS_HEADER);
        return headers;
    }

    /** Writes the audit entry; called in the request, before the streaming starts. */
    void audit(MemberQuery query, ExportFormat format, CurrentUser user) {
        String hash = directory.admitNumberLookup(query, user);
        auditLog.record(
                user,
                AuditAction.EXPORTED_PERSONAL_DATA,
                "member-export",
                null,
                format.name() + (user.may(Capability.VIEW_PERSONAL_DATA) ? " 完整号码" : " 脱敏") + " 查询="
                        + (query.text() == null ? "" : "“" + query.auditText(hash) + "”") + " 工会="
                        + query.organizationId()
                        + " 状态=" + query.status() + " 类别=" + query.category());
    }

    /** Writes the export and returns how many members it holds. */
    long write(MemberQuery query, ExportFormat format, CurrentUser user, OutputStream out) {
        return switch (format) {
            case XLSX -> writeXlsx(query, user, out);
            case CSV -> writeCsv(query, user, out);
        };
    }

    private long writeXlsx(MemberQuery query, CurrentUser user, OutputStream out) {
        try (Spreadsheet workbook = Spreadsheet.writeTo(out)) {
            Spreadsheet.Sheet sheet =
                    workbook.sheet("会员名册", columns(headers(), 10, 22, 14, 6, 12, 8, 10, 24, 12, 16, 12, 28, 10));
            return directory.export(query, user, member -> sheet.add(cells(member)));
        }
    }

    /** The headers as columns of the given widths (characters). */
    static List<Spreadsheet.Column> columns(List<String> headers, double... widths) {
        List<Spreadsheet.Column> columns = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            columns.add(Spreadsheet.Column.of(headers.get(i), i < widths.length ? widths[i] : 14));
        }
        return columns;
    }

    private long writeCsv(MemberQuery query, CurrentUser user, OutputStream out) {
        try {
            out.write(UTF8_BOM);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writeCsvLine(writer, headers());
            long count = directory.export(query, user, member -> {
                try {
                    writeCsvLine(writer, cells(member));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> cells(MemberExportRow member) {
        return List.of(
                member.name(),
                member.idNumber(),
                member.mobile() == null ? "" : member.mobile(),
                member.gender() == gonghui.shared.Gender.MALE ? "男" : "女",
                member.birthDate().toString(),
                nullToEmpty(member.ethnicity()),
                nullToEmpty(member.education()),
                nullToEmpty(member.employerName()),
                member.occupation() == null ? "" : RosterValues.label(member.occupation()),
                RosterValues.label(member.category()),
                member.joinedOn().toString(),
                member.organizationName(),
                status(member.status()));
    }

    private static String status(MemberStatus status) {
        return switch (status) {
            case ACTIVE -> "在册";
            case RETAINED -> "保留会籍";
            case WITHDRAWN -> "已退会";
        };
    }

    private static void writeCsvLine(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String text = Spreadsheet.neutralize(cells.get(i));
            if (text.indexOf(',') >= 0
                    || text.indexOf('"') >= 0
                    || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                writer.write('"');
                writer.write(text.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(text);
            }
        }
        writer.write("\r\n");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The file kinds an export can be written as. */
    enum ExportFormat {
        XLSX,
        CSV;

        static ExportFormat parse(String text) {
            for (ExportFormat format : values()) {
                if (format.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return format;
                }
            }
            throw new gonghui.shared.RejectedException("format", "导出格式只能是 xlsx 或 csv");
        }

        String contentType() {
            return this == XLSX
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : "text/csv;charset=UTF-8";
        }

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
