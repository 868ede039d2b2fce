package gonghui.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gonghui.member.MemberCategory;
import gonghui.member.Occupation;
import gonghui.shared.Gender;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterValuesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"2020-05-01", "2020/5/1", "2020.05.01", "2020年5月1日", "20200501", "43952", "2020-05-01 00:00:00"})
    void readsTheDateFormsPeopleAndExcelWrite(String text) {
        assertThat(RosterValues.date(text)).contains(LocalDate.of(2020, 5, 1));
    }

    @Test
    void aBlankDateIsEmptyAndNonsenseIsRefused() {
        assertThat(RosterValues.date("  ")).isEmpty();
        assertThatThrownBy(() -> RosterValues.date("2020-02-30")).hasMessage("日期无效");
        assertThatThrownBy(() -> RosterValues.date("去年")).hasMessageContaining("无法识别");
    }

    @Test
    void readsGendersCategoriesAndOccupations() {
        assertThat(RosterValues.gender("女")).contains(Gender.FEMALE);
        assertThat(RosterValues.gender(" 男 ")).contains(Gender.MALE);
        assertThatThrownBy(() -> RosterValues.gender("未知")).hasMessageContaining("男");
        assertThat(RosterValues.category("")).isEqualTo(MemberCategory.EMPLOYEE);
        assertThat(RosterValues.category("农民工")).isEqualTo(MemberCategory.MIGRANT_WORKER);
        assertThat(RosterValues.category("新就业形态")).isEqualTo(MemberCategory.NEW_EMPLOYMENT_FORM);
        assertThat(RosterValues.occupation("外卖骑手")).contains(Occupation.DELIVERY_RIDER);
        assertThatThrownBy(() -> RosterValues.occupation("宇航员")).hasMessageContaining("外卖配送员");
    }
}
