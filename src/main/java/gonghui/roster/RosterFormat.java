package gonghui.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The kinds of roster file, told by the extension and checked against the first bytes of the file. */
public enum RosterFormat {
    CSV("csv"),
    XLSX("xlsx"),
    XLS("xls");

    private final String extension;

    RosterFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** The format its file name claims, or a refusal naming the accepted kinds. */
    static RosterFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        for (RosterFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return format;
            }
        }
        throw new RosterFileException("只能导入 .xlsx、.xls 或 .csv 文件");
    }

    /** Refuses a file whose bytes are not what its extension says. */
    void checkContent(RosterFile file) {
        byte[] head;
        try (InputStream in = file.newInputStream()) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (head.length == 0) {
            throw new RosterFileException("文件是空的");
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = head.length >= 8
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
        String actual = zip ? "压缩包或.xlsx" : ole2 ? "旧版Office文件（.xls/.doc）" : "文本或其他";
        boolean matches = switch (this) {
            case XLSX -> zip;
            case XLS -> ole2;
            case CSV -> !zip && !ole2;
        };
        if (!matches) {
            throw new RosterFileException("文件内容与扩展名 ." + extension + " 不符（实际像是" + actual + "），请用Excel另存为正确的格式后导入");
        }
    }

    RosterRows open(RosterFile file, RosterProperties limits) {
        checkContent(file);
        return switch (this) {
            case CSV -> new CsvRosterRows(file, limits);
            case XLSX -> new XlsxRosterRows(file, limits);
            case XLS -> new XlsRosterRows(file, limits);
        };
    }
}
