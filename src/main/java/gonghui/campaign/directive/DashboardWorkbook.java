package gonghui.campaign.directive;

import gonghui.document.Spreadsheet;
import gonghui.document.Spreadsheet.Column;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The dashboard as an Excel sheet, the way a cadre would hand it on: one row per organisation. */
final class DashboardWorkbook {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final List<String> HEADERS = List.of(
            "单位", "传达学习会议", "部署后天数", "是否按时", "会议数", "召开会议单位数", "宣讲场次", "听众人次", "基层覆盖", "车间覆盖", "班组覆盖", "督办未办结", "督办已办结",
            "督办逾期");

    private DashboardWorkbook() {}

    /** Writes the sheet: a title row, the header in the third row, then the total and one row per organisation. */
    static void write(DashboardView view, Spreadsheet workbook) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < HEADERS.size(); i++) {
            columns.add(Column.of(HEADERS.get(i), i == 0 ? 28 : 14));
        }
        Spreadsheet.Sheet sheet = workbook.sheet(
                "落实情况", view.directive().title() + " · " + view.node().name() + " · 落实情况", columns, 1);
        List<DashboardRow> rows = new ArrayList<>();
        rows.add(view.total());
        rows.addAll(view.rows());
        for (DashboardRow row : rows) {
            sheet.add(
                    row == view.total()
                            ? row.organization().name() + "（合计）"
                            : row.organization().name(),
                    row.relayHeldOn() == null ? "未召开" : CHINESE_DATE.format(row.relayHeldOn()),
                    row.relayDaysAfter(),
                    row.relayLate() ? "逾期" : (row.hasReported() ? "按时" : "未到期"),
                    row.meetings(),
                    row.reportingOrganizations(),
                    row.outreachCount(),
                    row.audience(),
                    coverage(row.grassroots()),
                    coverage(row.workshops()),
                    coverage(row.teams()),
                    row.tasksOpen(),
                    row.tasksDone(),
                    row.tasksOverdue());
        }
    }

    private static String coverage(Coverage coverage) {
        return coverage.total() == 0
                ? "—"
                : coverage.reached() + "/" + coverage.total() + "（" + coverage.percent() + "%）";
    }
}
