package gonghui.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvRosterRowsTest {

    private static final List<List<String>> ROSTER = List.of(
            List.of("姓名", "身份证号", "工作单位"),
            List.of("张三", "210102199003081234", "沈阳\"东方\"机械, 有限公司"),
            List.of("欧阳·娜娜", "21010219900308123x", "多行\n地址"));

    @TempDir
    Path dir;

    static List<Arguments> encodings() {
        return List.of(
                Arguments.of(StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of(StandardCharsets.UTF_8, true, "UTF-8"),
                Arguments.of(Charset.forName("GBK"), false, "GB18030"),
                Arguments.of(Charset.forName("GB18030"), false, "GB18030"));
    }

    @ParameterizedTest(name = "{0}, BOM {1}")
    @MethodSource("encodings")
    void readsTheEncodingsChineseExcelAndWpsWriteWithoutBeingTold(Charset charset, boolean bom, String detected)
            throws IOException {
        Path file = write(RosterFiles.csv(ROSTER, charset, bom));

        assertThat(CsvRosterRows.charsetOf(RosterFile.plain(file)).name()).isEqualTo(detected);
        assertThat(readAll(file)).isEqualTo(ROSTER);
    }

    @Test
    void readsUtf16WithItsByteOrderMark() throws IOException {
        byte[] text = "\uFEFF姓名\t身份证号\r\n张三\t210102199003081234\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(readAll(write(text))).containsExactly(List.of("姓名", "身份证号"), List.of("张三", "210102199003081234"));
    }

    @Test
    void aGbkFileWhoseFirstBlockEndsInTheMiddleOfACharacterIsStillGbk() throws IOException {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("姓名", "工作单位")));
        for (int i = 0; i < 5000; i++) {
            rows.add(List.of("张三", "辽宁省沈阳市和平区某某有限公司" + i));
        }
        Path file = write(RosterFiles.csv(rows, Charset.forName("GBK"), false));
        assertThat(CsvRosterRows.charsetOf(RosterFile.plain(file)).name()).isEqualTo("GB18030");
        assertThat(readAll(file)).isEqualTo(rows);
    }

    @Test
    void aBinaryFileIsNotTakenForText() throws IOException {
        Path file = write(new byte[] {'a', 0, 'b', 0, 1, 2});
        assertThatThrownBy(() -> new CsvRosterRows(RosterFile.plain(file), RosterProperties.defaults()))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("不是有效的CSV");
    }

    @Test
    void tooManyColumnsOrAHugeCellRefuseTheFile() throws IOException {
        Path wide = write(("a" + ",".repeat(300) + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(wide))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("200列");
        Path huge = write(("a," + "x".repeat(3000) + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(huge))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("2000个字符");
    }

    @Test
    void aFileCutOffInsideAQuoteEndsWithThePartialCell() throws IOException {
        Path file = write("姓名,身份证号\r\n张三,\"2101".getBytes(StandardCharsets.UTF_8));
        assertThat(readAll(file)).containsExactly(List.of("姓名", "身份证号"), List.of("张三", "2101"));
    }

    private Path write(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "roster", ".csv");
        Files.write(file, content);
        return file;
    }

    private static List<List<String>> readAll(Path file) {
        List<List<String>> rows = new ArrayList<>();
        try (var reader = new CsvRosterRows(RosterFile.plain(file), RosterProperties.defaults())) {
            SourceRow row;
            while ((row = reader.next()) != null) {
                rows.add(row.cells());
            }
        }
        return rows;
    }
}
