package gonghui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterColumnTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "姓名, NAME",
        "会员姓名, NAME",
        "身份证号, ID_NUMBER",
        "身份证号码, ID_NUMBER",
        "公民身份号码, ID_NUMBER",
        "证件号码, ID_NUMBER",
        "*身份证号（必填）, ID_NUMBER",
        "手机号, MOBILE",
        "手机号码, MOBILE",
        "联系电话, MOBILE",
        "性别, GENDER",
        "出生日期, BIRTH_DATE",
        "出生年月, BIRTH_DATE",
        "民族, ETHNICITY",
        "文化程度, EDUCATION",
        "学历, EDUCATION",
        "工作单位, EMPLOYER",
        "单位名称, EMPLOYER",
        "职业/工种, OCCUPATION",
        "职业, OCCUPATION",
        "工种, OCCUPATION",
        "会员类别, CATEGORY",
        "人员类别, CATEGORY",
        "入会日期, JOINED_ON",
        "入会时间, JOINED_ON",
        "所属工会, ORGANIZATION",
        "工会名称, ORGANIZATION",
        "' 姓 名 ', NAME",
        "所属工会：, ORGANIZATION"
    })
    void findsEachColumnByItsHeaderOrAUsualVariant(String header, RosterColumn column) {
        assertThat(RosterColumn.ofHeader(header)).contains(column);
    }

    @Test
    void unknownHeadersAndTheErrorReasonColumnAreNotRosterColumns() {
        assertThat(RosterColumn.ofHeader("错误原因")).isEmpty();
        assertThat(RosterColumn.ofHeader("备注")).isEmpty();
        assertThat(RosterColumn.ofHeader("")).isEmpty();
    }

    @Test
    void theHeaderRowIsFoundBelowATitleRow() {
        var rows = new RosterRows() {
            private int next;
            private final List<SourceRow> all = List.of(
                    new SourceRow(1, List.of("沈阳市某某公司工会会员名册"), Set.of()),
                    new SourceRow(2, List.of(), Set.of()),
                    new SourceRow(3, List.of("序号", "公民身份号码", "姓名", "联系电话"), Set.of()));

            @Override
            public SourceRow next() {
                return next < all.size() ? all.get(next++) : null;
            }

            @Override
            public double progress() {
                return 0;
            }

            @Override
            public void close() {}
        };

        RosterHeader header = RosterHeader.find(rows);

        assertThat(header.rowNumber()).isEqualTo(3);
        assertThat(header.indexOf(RosterColumn.ID_NUMBER)).isEqualTo(1);
        assertThat(header.indexOf(RosterColumn.NAME)).isEqualTo(2);
        assertThat(header.indexOf(RosterColumn.MOBILE)).isEqualTo(3);
        assertThat(header.textOf(RosterColumn.ID_NUMBER)).isEqualTo("公民身份号码");
        assertThat(header.textOf(RosterColumn.ORGANIZATION)).isEqualTo("所属工会");
    }
}
