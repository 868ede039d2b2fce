package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateMentionTest {

    @Test
    void readsTheWaysReportsWriteDates() {
        assertThat(DateMention.firstIn("2024年7月22日，沈阳市总工会")).hasValueSatisfying(d -> {
            assertThat(d.year()).isEqualTo(2024);
            assertThat(d.month()).isEqualTo(7);
            assertThat(d.day()).isEqualTo(22);
        });
        assertThat(DateMention.firstIn("7月22日上午，")).hasValueSatisfying(d -> {
            assertThat(d.year()).isNull();
            assertThat(d.month()).isEqualTo(7);
            assertThat(d.day()).isEqualTo(22);
        });
        assertThat(DateMention.firstIn("22日，法库县总工会")).hasValueSatisfying(d -> {
            assertThat(d.month()).isNull();
            assertThat(d.day()).isEqualTo(22);
        });
        assertThat(DateMention.firstIn("二〇二四年七月二十二日")).hasValueSatisfying(d -> {
            assertThat(d.year()).isEqualTo(2024);
            assertThat(d.month()).isEqualTo(7);
            assertThat(d.day()).isEqualTo(22);
        });
        assertThat(DateMention.firstIn("发布时间：2024-07-26 09:30")).hasValueSatisfying(d -> {
            assertThat(d.year()).isEqualTo(2024);
            assertThat(d.day()).isEqualTo(26);
        });
        assertThat(DateMention.firstIn("近日，铁西区总工会")).hasValueSatisfying(d -> {
            assertThat(d.vague()).isEqualTo("近日");
            assertThat(d.hasDay()).isFalse();
        });
    }

    @Test
    void findsAYearOnlyWhereItIsWrittenAsOne() {
        assertThat(DateMention.yearIn("党组2024年第25次(扩大)会议")).contains(2024);
        assertThat(DateMention.yearIn("2023年度工作总结")).isEmpty();
        assertThat(DateMention.yearIn("第25次会议")).isEmpty();
    }

    @Test
    void ignoresNumbersThatAreNoDates() {
        assertThat(DateMention.firstIn("做大做强3个品牌，13月45日")).isEmpty();
    }
}
