package gonghui.document;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.document.Spreadsheet.Column;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertThat(Spreadsheet.neutralize("=1+1")).isEqualTo("'=1+1");
        assertThat(Spreadsheet.neutralize("+86 138")).isEqualTo("'+86 138");
        assertThat(Spreadsheet.neutralize("-2")).isEqualTo("'-2");
        assertThat(Spreadsheet.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Spreadsheet.neutralize("＝HYPERLINK(\"http://evil\")")).isEqualTo("'＝HYPERLINK(\"http://evil\")");
        assertThat(Spreadsheet.neutralize("＋1")).isEqualTo("'＋1");
        assertThat(Spreadsheet.neutralize("  =1+1")).isEqualTo("'  =1+1");
        assertThat(Spreadsheet.neutralize("\u3000＠A1")).isEqualTo("'\u3000＠A1");
        assertThat(Spreadsheet.neutralize("\t=1")).isEqualTo("'\t=1");
        assertThat(Spreadsheet.neutralize("\rcmd")).isEqualTo("'\rcmd");
        assertThat(Spreadsheet.neutralize("张三")).isEqualTo("张三");
        assertThat(Spreadsheet.neutralize(" 张三 = 李四")).isEqualTo(" 张三 = 李四");
        assertThat(Spreadsheet.neutralize("2024-07-22")).isEqualTo("2024-07-22");
        assertThat(Spreadsheet.neutralize(null)).isEmpty();
    }

    @Test
    void sheetsHaveABoldHeaderColumnWidthsTypedCellsAndNoFormulas() throws IOException {
        var out = new ByteArrayOutputStream();
        try (Spreadsheet workbook = Spreadsheet.writeTo(out)) {
            workbook.sheet("会议", List.of(Column.of("日期", 16), Column.of("会议名称", 30), Column.of("人数")))
                    .add(LocalDate.of(2024, 7, 22), "=HYPERLINK(\"http://evil\",\"点我\")", 120)
                    .add(null, "＝1+1", new BigDecimal("20000.50"));
            workbook.sheet("落实情况", "学习贯彻全会精神 · 沈阳市总工会", List.of(Column.of("单位", 28)), 1)
                    .add("沈阳市总工会");
        }

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var meetings = workbook.getSheet("会议");
            assertThat(meetings.getRow(0).getCell(1).getStringCellValue()).isEqualTo("会议名称");
            assertThat(workbook.getFontAt(
                                    meetings.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(meetings.getColumnWidth(1)).isGreaterThan(meetings.getColumnWidth(0));
            assertThat(meetings.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024年7月22日");
            assertThat(meetings.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(meetings.getRow(1).getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(meetings.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(120);
            assertThat(meetings.getRow(2).getCell(0)).isNull();
            assertThat(meetings.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'＝1+1");
            assertThat(meetings.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(20000.50);
            assertThat(meetings.getPaneInformation().getHorizontalSplitPosition())
                    .as("the header stays in view")
                    .isEqualTo((short) 1);

            var dashboard = workbook.getSheet("落实情况");
            assertThat(dashboard.getRow(0).getCell(0).getStringCellValue()).isEqualTo("学习贯彻全会精神 · 沈阳市总工会");
            assertThat(dashboard.getRow(2).getCell(0).getStringCellValue()).isEqualTo("单位");
            assertThat(dashboard.getRow(3).getCell(0).getStringCellValue()).isEqualTo("沈阳市总工会");
        }
    }

    @Test
    void aLongListIsWrittenOutWhileItsRowsAreAddedNotHeldUntilTheEnd() {
        var out = new CountingStream();
        long writtenBeforeTheEnd;
        try (Spreadsheet workbook = Spreadsheet.writeTo(out)) {
            Spreadsheet.Sheet sheet = workbook.sheet("会员名册", List.of(Column.of("姓名"), Column.of("单位", 24)));
            for (int i = 0; i < 100_000; i++) {
                sheet.add("会员" + i, "沈阳市铁西区某某机械有限公司工会委员会");
            }
            writtenBeforeTheEnd = out.count;
        }
        assertThat(writtenBeforeTheEnd)
                .as("bytes already written while the workbook is open")
                .isGreaterThan(out.count * 9 / 10);
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
