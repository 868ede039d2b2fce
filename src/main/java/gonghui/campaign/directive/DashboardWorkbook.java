package gonghui.campaign.directive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The dashboard as an Excel sheet, the way a cadre would hand it on: one row per organisation. */
final class DashboardWorkbook {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final List<String> HEADERS = List.of(
            "单位", "传达学习会议", "部署后天数", "是否按时", "会议数", "召开会议单位数", "宣讲场次", "听众人次", "基层覆盖", "车间覆盖", "班组覆盖", "督办未办结", "督办已办结",
            "督办逾期");

    private DashboardWorkbook() {}

    static byte[] of(DashboardView view) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("落实情况");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue(view.directive().title() + " · " + view.node().name() + " · 落实情况");
            title.getCell(0).setCellStyle(header);
            Row head = sheet.createRow(2);
            for (int i = 0; i < HEADERS.size(); i++) {
                head.createCell(i).setCellValue(HEADERS.get(i));
                head.getCell(i).setCellStyle(header);
            }
            List<DashboardRow> rows = new ArrayList<>();
            rows.add(view.total());
            rows.addAll(view.rows());
            int index = 3;
            for (DashboardRow row : rows) {
                Row line = sheet.createRow(index++);
                int c = 0;
                line.createCell(c++)
                        .setCellValue(
                                row == view.total()
                                        ? row.organization().name() + "（合计）"
                                        : row.organization().name());
                line.createCell(c++)
                        .setCellValue(row.relayHeldOn() == null ? "未召开" : CHINESE_DATE.format(row.relayHeldOn()));
                if (row.relayDaysAfter() == null) {
                    line.createCell(c++).setBlank();
                } else {
                    line.createCell(c++).setCellValue(row.relayDaysAfter());
                }
                line.createCell(c++).setCellValue(row.relayLate() ? "逾期" : (row.hasReported() ? "按时" : "未到期"));
                line.createCell(c++).setCellValue(row.meetings());
                line.createCell(c++).setCellValue(row.reportingOrganizations());
                line.createCell(c++).setCellValue(row.outreachCount());
                line.createCell(c++).setCellValue(row.audience());
                line.createCell(c++).setCellValue(coverage(row.grassroots()));
                line.createCell(c++).setCellValue(coverage(row.workshops()));
                line.createCell(c++).setCellValue(coverage(row.teams()));
                line.createCell(c++).setCellValue(row.tasksOpen());
                line.createCell(c++).setCellValue(row.tasksDone());
                line.createCell(c).setCellValue(row.tasksOverdue());
            }
            sheet.setColumnWidth(0, 28 * 256);
            for (int i = 1; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.createFreezePane(1, 3);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String coverage(Coverage coverage) {
        return coverage.total() == 0
                ? "—"
                : coverage.reached() + "/" + coverage.total() + "（" + coverage.percent() + "%）";
    }
}
