package gonghui.roster;

import gonghui.document.Spreadsheet;
import gonghui.shared.Gender;
import gonghui.shared.ResidentIdNumber;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The roster template: every column with its standard header, and one example row that cannot be imported by mistake. */
final class RosterTemplate {

    private RosterTemplate() {}

    static List<String> headers() {
        return Arrays.stream(RosterColumn.values()).map(RosterColumn::header).toList();
    }

    static void write(OutputStream out, String unionName) {
        String exampleId = ResidentIdNumber.of("210102", LocalDate.of(1990, 3, 8), 12, Gender.MALE)
                .value();
        try (Spreadsheet workbook = Spreadsheet.writeTo(out)) {
            workbook.sheet("会员名册", RosterExport.columns(headers(), 16, 22, 14, 6, 12, 8, 10, 24, 12, 16, 12, 24))
                    .add(List.of(
                            "张三（示例行，导入前请删除）",
                            exampleId,
                            "13800138000",
                            "男",
                            "1990-03-08",
                            "汉族",
                            "大学本科",
                            "沈阳示例机械有限公司",
                            "",
                            "职工",
                            "2020-05-01",
                            unionName));
        }
    }
}
