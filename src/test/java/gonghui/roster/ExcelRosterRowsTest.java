package gonghui.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelRosterRowsTest {

    private static final List<List<String>> ROSTER = List.of(
            List.of("姓名", "身份证号", "手机号"),
            List.of("张三", "210102199003081234", "13800138000"),
            List.of("李四", "", "13900139000"));

    @TempDir
    Path dir;

    @Test
    void readsXlsxAndLegacyXlsAlike() throws IOException {
        assertThat(read(RosterFormat.XLSX, RosterFiles.xlsx(ROSTER))).isEqualTo(ROSTER);
        assertThat(read(RosterFormat.XLS, RosterFiles.xls(ROSTER))).isEqualTo(ROSTER);
    }

    @Test
    void numbersStoredAsExcelNumbersAreReadWithoutExponent() {
        assertThat(XlsxRosterRows.plainNumber("1.3800138E10")).isEqualTo("13800138000");
        assertThat(XlsxRosterRows.plainNumber("43952.0")).isEqualTo("43952");
        assertThat(XlsxRosterRows.plainNumber("13800138000")).isEqualTo("13800138000");
    }

    @Test
    void aCellBeyondExcelsLastColumnRefusesTheFile() throws IOException {
        byte[] file = RosterImportScenario.xlsxPackage(RosterImportScenario.sheetStart()
                + "<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + RosterImportScenario.sheetEnd());
        assertThatThrownBy(() -> read(RosterFormat.XLSX, file))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("最大列数");
    }

    @Test
    void aLegacyFileThatIsNotOneIsRefused() throws IOException {
        byte[] fake = new byte[512];
        fake[0] = (byte) 0xD0;
        fake[1] = (byte) 0xCF;
        fake[2] = 0x11;
        fake[3] = (byte) 0xE0;
        assertThatThrownBy(() -> read(RosterFormat.XLS, fake))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("不完整或已损坏");
    }

    private List<List<String>> read(RosterFormat format, byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "roster", "." + format.extension());
        Files.write(file, content);
        List<List<String>> rows = new ArrayList<>();
        try (RosterRows reader = format.open(RosterFile.plain(file), RosterProperties.defaults())) {
            SourceRow row;
            while ((row = reader.next()) != null) {
                List<String> cells = new ArrayList<>(row.cells());
                while (cells.size() < 3) {
                    cells.add("");
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
